-- W4: creates customers through POST /api/v1/customers with unique, realistic names (place + a
-- four-character trade name + the thread and a counter + industry + legal form), all with the
-- short name "压测<tag>" so the driver can count them afterwards. Counts the 201 answers.
-- Usage: wrk -s create.lua -H "Authorization: Bearer hut_…" http://host:port -- <tag>
local places = { "郑州", "洛阳", "许昌", "开封", "南阳", "新乡", "武汉", "石家庄" }
local trade = { "鑫", "泰", "恒", "盛", "宏", "远", "德", "信", "源", "丰", "瑞", "祥", "嘉", "利", "海", "金",
  "永", "昌", "鼎", "辉", "科", "创", "博", "宇", "明", "光" }
local industries = { "电气", "电力设备", "新能源科技", "机械制造", "电缆" }
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("id", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

init = function(args)
  tag = args[1] or "run"
  created = 0
  failed = 0
  sent = 0
  math.randomseed(os.time() + id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

local function pick(list)
  return list[math.random(#list)]
end

request = function()
  sent = sent + 1
  local name = pick(places) .. pick(trade) .. pick(trade) .. pick(trade) .. pick(trade) .. id .. "-" .. sent
    .. pick(industries) .. "有限公司"
  local body = string.format('{"name":"%s","shortName":"压测%s","level":"NORMAL","industry":"MANUFACTURING",'
    .. '"source":"WEBSITE","status":"POTENTIAL","phone":"0371-6666%04d"}', name, tag, sent % 10000)
  return wrk.format(nil, "/api/v1/customers", nil, body)
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    failed = failed + 1
    -- the first refusal of each thread is printed at the end: status and the start of the problem
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
