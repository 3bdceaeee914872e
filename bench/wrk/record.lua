-- One record's page, a random id from the file named after "--" (one id a line), under the path
-- given second (default /customers/: the customers' W3; the sales bench passes /sales/opportunities/).
-- Usage: wrk -s record.lua -H "Cookie: …" http://host:port -- ids.txt [/path/]
local ids = {}
local prefix = "/customers/"

init = function(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  assert(#ids > 0, "no ids in " .. args[1])
  prefix = args[2] or prefix
  math.randomseed(os.time() + #ids)
end

request = function()
  return wrk.format("GET", prefix .. ids[math.random(#ids)])
end
