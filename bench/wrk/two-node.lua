-- The workloads of bench/two-node.sh, one per wrk process, named by the first argument after "--":
--   page <path>      GET <path>, signed in by the session cookie passed with -H "Cookie: …"
--   customers <tag>  POST /api/v1/customers with unique names, all with the short name "压测<tag>"
--   mentions <tag>   POST /api/v1/posts "@sales 压测<tag> <key> …": every post mentions the user sales,
--                    so each one answered 201 must end as one mention notice for sales
-- Every POST carries its own Idempotency-Key. A POST answered 502, 503 or 504 (nginx got no answer
-- from a node: the request was in flight on the one that died) is sent once more with the same key
-- and body, as a client that retries would; without idempotent writes that retry may store a
-- second row. The POST workloads need one connection per thread (-c equal to -t): then a thread's
-- answers come in the order of its requests, and the answer to a POST is known to be the last one sent.
-- done() prints one "<counter>: <n>" line per counter, summed over the threads, and the first
-- refusal of each thread.
-- Usage: wrk -s two-node.lua [-H …] http://host:port -- <workload> <path or tag>
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("id", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

local counters = { "answered", "ok", "created", "redirected", "login", "failed", "retried" }

init = function(args)
  workload = args[1]
  target = args[2]
  assert(workload == "page" or workload == "customers" or workload == "mentions",
    "unknown workload " .. tostring(workload))
  for _, name in ipairs(counters) do
    _G[name] = 0
  end
  sent = 0
  last = nil
  retry = nil
  math.randomseed(os.time() + id)
  if workload ~= "page" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

local places = { "郑州", "洛阳", "许昌", "开封", "南阳", "新乡", "武汉", "石家庄" }
local trade = { "鑫", "泰", "恒", "盛", "宏", "远", "德", "信", "源", "丰", "瑞", "祥", "嘉", "利", "海", "金",
  "永", "昌", "鼎", "辉", "科", "创", "博", "宇", "明", "光" }
local industries = { "电气", "电力设备", "新能源科技", "机械制造", "电缆" }

local function pick(list)
  return list[math.random(#list)]
end

-- A new create: its idempotency key, path and JSON body. A customer's name is a random four-character
-- trade name, the thread and a counter: the tag in it would make all names alike to the duplicate
-- control, which refuses similar names; the short name carries the tag instead.
local function fresh()
  sent = sent + 1
  local key = workload .. "-" .. target .. "-" .. id .. "-" .. sent
  if workload == "customers" then
    local name = pick(places) .. pick(trade) .. pick(trade) .. pick(trade) .. pick(trade) .. id .. "号" .. sent
      .. pick(industries) .. "有限公司"
    return { key = key, path = "/api/v1/customers", body = string.format('{"name":"%s","shortName":"压测%s",'
      .. '"level":"NORMAL","industry":"MANUFACTURING","source":"WEBSITE","status":"POTENTIAL"}', name, target) }
  end
  return { key = key, path = "/api/v1/posts",
    body = string.format('{"body":"@sales 压测%s %s 两节点测试","audience":"ENTERPRISE"}', target, key) }
end

request = function()
  if workload == "page" then
    return wrk.format("GET", target)
  end
  last = retry or fresh()
  if retry then
    retried = retried + 1
    retry = nil
  end
  -- wrk.format takes these headers instead of those given with -H, so they are copied in
  local headers = { ["Idempotency-Key"] = last.key }
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  return wrk.format(nil, last.path, headers, last.body)
end

local function to_login(status, headers)
  local location = headers["Location"] or headers["location"] or ""
  return status == 401 or (status >= 300 and status < 400 and string.find(location, "/login", 1, true) ~= nil)
end

response = function(status, headers, body)
  answered = answered + 1
  if to_login(status, headers) then
    login = login + 1
  elseif status >= 200 and status < 300 then
    ok = ok + 1
    if status == 201 then
      created = created + 1
    end
  elseif status >= 300 and status < 400 then
    redirected = redirected + 1
  else
    failed = failed + 1
    if workload ~= "page" and status >= 502 and status <= 504 and last and not last.again then
      last.again = true
      retry = last
    end
    if not refusal then
      refusal = status .. " " .. string.sub(body or "", 1, 200)
    end
  end
end

done = function(summary, latency, requests)
  for _, name in ipairs(counters) do
    local sum = 0
    for _, thread in ipairs(threads) do
      sum = sum + thread:get(name)
    end
    io.write(name .. ": " .. sum .. "\n")
  end
  for _, thread in ipairs(threads) do
    local first = thread:get("refusal")
    if first then
      io.write("refused: " .. string.gsub(first, "\n", " ") .. "\n")
    end
  end
end
