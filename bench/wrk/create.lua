-- W4: creates customers through POST /api/v1/customers with unique, realistic names (place + a
-- four-character trade name + the thread and a counter + industry + legal form), all with the
-- short name "压测<tag>" so the driver can count them afterwards. Counts the 201 answers.
-- Usage: wrk -s create.lua -H "Authorization: Bearer hut_…" http://host:port -- <tag>
local places = { "郑州", "洛阳", "许昌", "开封", "南阳", "新乡", "武汉", "石家庄" }
local trade = { "鑫", "泰", "恒", "盛", "宏", "远", "德", "信", "源", "丰", "瑞", "祥", "嘉", "利", "海", "金",
  "永", "昌", "鼎", "辉", "科", "创", "博", "宇", "明", "光" }
local industries = { "电气", "电力设备", "新能源科技", "机械制造", "电缆" }
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "api-post.lua")

init = function(args)
  tag = args[1] or "run"
  api_post_init()
end

request = function()
  sent = sent + 1
  local name = pick(places) .. pick(trade) .. pick(trade) .. pick(trade) .. pick(trade) .. id .. "-" .. sent
    .. pick(industries) .. "有限公司"
  local body = string.format('{"name":"%s","shortName":"压测%s","level":"NORMAL","industry":"MANUFACTURING",'
    .. '"source":"WEBSITE","status":"POTENTIAL","phone":"0371-6666%04d"}', name, tag, sent % 10000)
  return wrk.format(nil, "/api/v1/customers", nil, body)
end
