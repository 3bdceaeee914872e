-- S4: creates deals through POST /api/v1/opportunities, each for a random customer of the file named
-- after "--" (one id a line), on the enterprise's first pipeline and stage (the API's default), with
-- an amount and a name starting "压测<tag>" so the driver can count them afterwards. Counts the 201s.
-- Usage: wrk -s deal-create.lua -H "Authorization: Bearer hut_…" http://host:port -- customer-ids.txt <tag>
local products = { "KYN28A-12 中置柜", "XGN15-12 环网柜", "SCB13 干式变压器", "箱式变电站", "柱上断路器" }
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "api-post.lua")

init = function(args)
  customers = read_lines(args[1], "customer ids")
  tag = args[2] or "run"
  api_post_init()
end

request = function()
  sent = sent + 1
  local body = string.format('{"name":"压测%s %s 采购项目 %d-%d","customerId":%s,"amount":"%d.00",'
    .. '"expectedClose":"2027-03-31","source":"招标公告","nextStep":"技术交流"}',
    tag, pick(products), id, sent, pick(customers), 50000 + math.random(4950000))
  return wrk.format(nil, "/api/v1/opportunities", nil, body)
end
