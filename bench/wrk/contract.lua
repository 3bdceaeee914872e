-- C2: one contract's page or the fragments it loads, a random id from the file named after "--" (one id
-- a line) for each request; with paths given after the file, each request takes the next of them in turn
-- after /sales/contracts/<id> ("" is the page itself, "/receipts" its 回款 section, …).
-- Usage: wrk -s contract.lua -H "Cookie: …" [-H "HX-Request: true"] http://host:port -- ids.txt [suffix…]
-- e.g.   … -- ids.txt /term-changes /receipts /invoices /fulfilment /amendments /retentions
local ids = {}
local suffixes = {}
local next_suffix = 0

init = function(args)
  for line in io.lines(args[1]) do
    ids[#ids + 1] = line
  end
  assert(#ids > 0, "no ids in " .. args[1])
  for i = 2, #args do
    suffixes[#suffixes + 1] = args[i]
  end
  if #suffixes == 0 then
    suffixes[1] = ""
  end
  math.randomseed(os.time() + #ids)
end

request = function()
  next_suffix = next_suffix % #suffixes + 1
  return wrk.format("GET", "/sales/contracts/" .. ids[math.random(#ids)] .. suffixes[next_suffix])
end
