-- What every POST-creating load script shares: each thread numbered (id), the 201s counted as
-- created and anything else as refused, the first refusal of each thread kept (status and the start
-- of the problem) and all of it printed at the end. A script loads this with
--   dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "api-post.lua")
-- and defines init (calling api_post_init()) and request.
local threads = {}
local counter = 1

setup = function(thread)
  thread:set("id", counter)
  threads[#threads + 1] = thread
  counter = counter + 1
end

-- The thread's counters, a random seed of its own, and JSON POSTs.
function api_post_init()
  created = 0
  failed = 0
  sent = 0
  math.randomseed(os.time() + id)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

-- The non-empty lines of a file (ids, one a line); fails when there are none.
function read_lines(path, what)
  local lines = {}
  for line in io.lines(path) do
    if line ~= "" then
      lines[#lines + 1] = line
    end
  end
  assert(#lines > 0, "no " .. what .. " in " .. path)
  return lines
end

function pick(list)
  return list[math.random(#list)]
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    failed = failed + 1
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
