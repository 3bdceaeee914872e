-- C5: records receipts through POST /api/v1/contracts/{id}/receipts, each for a random contract of the
-- file named after "--" (one id a line: contracts in effect with room left, written by bench/contracts.sh),
-- received today (the third argument, yyyy-mm-dd in the enterprise's zone), 100–999 yuan by bank
-- transfer, spread by the app (oldest due first), with the remark "压测<tag>" so the driver can count
-- them afterwards. Counts the 201s.
-- Usage: wrk -s receipt-create.lua -H "Authorization: Bearer hut_…" http://host:port -- ids.txt <tag> <day>
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "api-post.lua")

init = function(args)
  contracts = read_lines(args[1], "contract ids")
  tag = args[2] or "run"
  day = args[3]
  assert(day, "no day given")
  api_post_init()
end

request = function()
  sent = sent + 1
  local body = string.format('{"receivedOn":"%s","amount":"%d.%02d","method":"TRANSFER",'
    .. '"payerAccount":"6222 0217 0000 %04d","remarks":"压测%s"}',
    day, 100 + math.random(899), math.random(0, 99), sent % 10000, tag)
  return wrk.format(nil, "/api/v1/contracts/" .. pick(contracts) .. "/receipts", nil, body)
end
