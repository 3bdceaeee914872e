-- W2: the customer list (团队, default order) filtered by a name keyword, one keyword after the other:
-- trade names (字号), a county, a polyphone place (重庆), full pinyin and initials.
-- Usage: wrk -s keyword.lua -H "Cookie: …" http://host:port
-- The keywords, URL-encoded below: 鑫泰 恒达 瑞祥电力 中牟 重庆 xintai hengda hdjx
local keywords = { "%E9%91%AB%E6%B3%B0", "%E6%81%92%E8%BE%BE", "%E7%91%9E%E7%A5%A5%E7%94%B5%E5%8A%9B", "%E4%B8%AD%E7%89%9F", "%E9%87%8D%E5%BA%86", "xintai", "hengda", "hdjx" }
local next_keyword = 0

request = function()
  next_keyword = next_keyword % #keywords + 1
  return wrk.format("GET", "/customers?scope=TEAM&q=" .. keywords[next_keyword])
end
