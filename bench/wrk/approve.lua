-- A3: 同意 through POST /api/v1/approval-requests/{id}/approve, each request a different pending task
-- of the signed-in approver: the file named after "--" holds "<request id> <version>" a line
-- (bench/approvals.sh writes it); of wrk's n threads (the second argument, as -t) thread k takes
-- lines k, k + n, k + 2n … and past the end starts again (those answer 409: the task is no longer
-- theirs). Counts 200 and other answers.
-- Usage: wrk -t2 -s approve.lua -H "Authorization: Bearer hut_…" http://host:port -- tasks.txt 2
local threads = {}
local counter = 0

setup = function(thread)
  thread:set("index", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

init = function(args)
  tasks = {}
  local threads_running = tonumber(args[2] or "1")
  local line_number = 0
  for line in io.lines(args[1]) do
    if line_number % threads_running == index then
      local id, version = line:match("^(%d+) (%d+)$")
      tasks[#tasks + 1] = { id = id, version = version }
    end
    line_number = line_number + 1
  end
  assert(#tasks > 0, "no pending tasks in " .. args[1])
  approved = 0
  other = 0
  sent = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

request = function()
  local task = tasks[sent % #tasks + 1]
  sent = sent + 1
  return wrk.format(nil, "/api/v1/approval-requests/" .. task.id .. "/approve", nil,
    '{"version": ' .. task.version .. ', "comment": "同意"}')
end

response = function(status, headers, body)
  if status == 200 then
    approved = approved + 1
  else
    other = other + 1
    if not refusal then
      refusal = status .. " " .. string.sub(body or "", 1, 200)
    end
  end
end

done = function(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("approved")
    bad = bad + thread:get("other")
  end
  io.write(string.format("approved: %d, other answers: %d\n", ok, bad))
  for _, thread in ipairs(threads) do
    local first = thread:get("refusal")
    if first then
      io.write("first other answer: " .. first .. "\n")
    end
  end
end
