-- C5: records receipts through POST /api/v1/contracts/{id}/receipts, each for a random contract of the
-- file named after "--" (one id a line: contracts in effect with room left, written by bench/contracts.sh),
-- received today (the third argument, yyyy-mm-dd in the enterprise's zone), 100–999 yuan by bank
-- transfer, spread by the app (oldest due first), with the remark "压测<tag>" so the driver can count
-- them afterwards. Counts the 201s.
-- Usage: wrk -s receipt-create.lua -H "Authorization: Bearer hut_…" http://host:port -- ids.txt <tag> <day>
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("id", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

init = function(args)
  contracts = {}
  for line in io.lines(args[1]) do
    contracts[#contracts + 1] = line
  end
  assert(#contracts > 0, "no contract ids in " .. args[1])
  tag = args[2] or "run"
  day = args[3]
  assert(day, "no day given")
  created = 0
  failed = 0
  sent = 0
  math.randomseed(os.time() + id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  sent = sent + 1
  local body = string.format('{"receivedOn":"%s","amount":"%d.%02d","method":"TRANSFER",'
    .. '"payerAccount":"6222 0217 0000 %04d","remarks":"压测%s"}',
    day, 100 + math.random(899), math.random(0, 99), sent % 10000, tag)
  return wrk.format(nil, "/api/v1/contracts/" .. contracts[math.random(#contracts)] .. "/receipts", nil, body)
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
