-- A list read again and again, one keyword after the other: the customer list or its API filtered by
-- name keywords of one frequency class (see customers.sh), or any path ending in "q=".
-- Usage: wrk -s list.lua [-H "Cookie: …" | -H "Authorization: Bearer …"] http://host:port -- <path> <keyword>…
-- e.g.   … -- "/customers?scope=TEAM&q=" 电力 设备 科技
local path
local keywords = {}
local next_keyword = 0

-- Percent-encodes every byte but the unreserved ones, so hanzi travel as UTF-8.
local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  path = args[1]
  for i = 2, #args do
    keywords[#keywords + 1] = encode(args[i])
  end
  if #keywords == 0 then
    keywords[1] = ""
  end
end

request = function()
  next_keyword = next_keyword % #keywords + 1
  return wrk.format("GET", path .. keywords[next_keyword])
end
