-- P5: logs hours through POST /api/v1/time-entries: 0.5 h on a random task of the file named after "--"
-- (one id a line: tasks of the signed-in person's projects under way), on a random day of the second file
-- (past weekdays), with the note "bench <tag>" so the driver can count the rows afterwards. Counts the
-- 201s; a 400 whose problem names a full day (the person's 24 h) is counted apart from other refusals.
-- Usage: wrk -s time-entry-create.lua -H "Authorization: Bearer hut_…" http://host:port -- tasks.txt <tag> days.txt
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("id", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

local function read_lines(path, what)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then
      lines[#lines + 1] = line
    end
  end
  assert(#lines > 0, "no " .. what .. " in " .. path)
  return lines
end

init = function(args)
  tasks = read_lines(args[1], "task ids")
  tag = args[2] or "run"
  days = read_lines(args[3], "days")
  created, full, failed = 0, 0, 0
  math.randomseed(os.time() + id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  local body = string.format('{"taskId":%s,"day":"%s","hours":0.5,"note":"bench %s"}',
    tasks[math.random(#tasks)], days[math.random(#days)], tag)
  return wrk.format(nil, "/api/v1/time-entries", nil, body)
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  elseif status == 400 and body and string.find(body, "24", 1, true) then
    full = full + 1
  else
    failed = failed + 1
    if not refusal then
      refusal = status .. " " .. string.sub(body or "", 1, 300)
    end
  end
end

done = function(summary, latency, requests)
  local ok, day_full, bad = 0, 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("created")
    day_full = day_full + thread:get("full")
    bad = bad + thread:get("failed")
  end
  io.write(string.format("created: %d, day full (400): %d, refused otherwise: %d\n", ok, day_full, bad))
  for _, thread in ipairs(threads) do
    local first = thread:get("refusal")
    if first then
      io.write("refused: " .. first .. "\n")
    end
  end
end
