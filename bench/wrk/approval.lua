-- A2: one approval request's page, a random id from the file named after "--" (one id a line: the
-- requests the signed-in person may see, written by bench/approvals.sh).
-- Usage: wrk -s approval.lua -H "Cookie: …" http://host:port -- ids.txt
local ids = {}

init = function(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  assert(#ids > 0, "no request ids in " .. args[1])
  math.randomseed(os.time() + #ids)
end

request = function()
  return wrk.format("GET", "/approvals/" .. ids[math.random(#ids)])
end
