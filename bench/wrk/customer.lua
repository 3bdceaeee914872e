-- W3: one customer's page, a random id from the file named after "--" (one id a line, written by
-- the data generator).
-- Usage: wrk -s customer.lua -H "Cookie: …" http://host:port -- ids.txt
local ids = {}

init = function(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  assert(#ids > 0, "no customer ids in " .. args[1])
  math.randomseed(os.time() + #ids)
end

request = function()
  return wrk.format("GET", "/customers/" .. ids[math.random(#ids)])
end
