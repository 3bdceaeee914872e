-- S4: creates deals through POST /api/v1/opportunities, each for a random customer of the file named
-- after "--" (one id a line), on the enterprise's first pipeline and stage (the API's default), with
-- an amount and a name starting "压测<tag>" so the driver can count them afterwards. Counts the 201s.
-- Usage: wrk -s deal-create.lua -H "Authorization: Bearer hut_…" http://host:port -- customer-ids.txt <tag>
local products = { "KYN28A-12 中置柜", "XGN15-12 环网柜", "SCB13 干式变压器", "箱式变电站", "柱上断路器" }
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("id", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

init = function(args)
  customers = {}
  for line in io.lines(args[1]) do
    customers[#customers + 1] = line
  end
  assert(#customers > 0, "no customer ids in " .. args[1])
  tag = args[2] or "run"
  created = 0
  failed = 0
  sent = 0
  math.randomseed(os.time() + id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  sent = sent + 1
  local body = string.format('{"name":"压测%s %s 采购项目 %d-%d","customerId":%s,"amount":"%d.00",'
    .. '"expectedClose":"2027-03-31","source":"招标公告","nextStep":"技术交流"}',
    tag, products[math.random(#products)], id, sent, customers[math.random(#customers)], 50000 + math.random(4950000))
  return wrk.format(nil, "/api/v1/opportunities", nil, body)
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    failed = failed + 1
    if not refusal then
      refusal = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
end

done = function(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("created")
    bad = bad + thread:get("failed")
  end
  io.write(string.format("created: %d, refused: %d\n", ok, bad))
  for _, thread in ipairs(threads) do
    local first = thread:get("refusal")
    if first then
      io.write("refused: " .. first .. "\n")
    end
  end
end
