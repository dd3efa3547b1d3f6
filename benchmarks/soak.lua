-- wrk script for soak.sh: Bot Framework message activities with deliveryMode expectReplies, spread over
-- many conversations. A response counts as an error unless it is a 200 whose body carries a reply text.
-- Every thread appends "<thread> <epoch s> <ok> <errors>" (running totals) to a progress file once a second,
-- so soak.sh can show the error count while the run goes on.
--
--   wrk -t2 -c32 -d180s -s soak.lua http://127.0.0.1:5077 -- <conversations> <progress-file>

local questions = {
  "do I need a PhD?", "how much do ML engineers earn?", "which certification first?", "what does an ML engineer do?",
  "salery for juniors", "is the job outlook good?", "what skills do I need?", "plan my certs", "help", "how do I break in?",
}
local threads = {}
local conversations = 1000
local progress = nil
local counter = 0
local last = 0

-- Globals, so done() can read them through thread:get.
ok = 0
errors = 0

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  conversations = tonumber(args[1] or "1000")
  progress = args[2]
end

function request()
  counter = counter + 1
  local c = (tid * 7919 + counter) % conversations
  local body = string.format(
    '{"type":"message","id":"soak-%d-%d","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/",' ..
    '"from":{"id":"soak-user-%d"},"recipient":{"id":"bot"},"conversation":{"id":"soak-%d"},"text":"%s","deliveryMode":"expectReplies"}',
    tid, counter, c, c, questions[counter % #questions + 1])
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 200 and body:find('"text"', 1, true) then
    ok = ok + 1
  else
    errors = errors + 1
  end

  local now = os.time()
  if progress and now ~= last then
    last = now
    local file = io.open(progress, "a")
    file:write(string.format("%d %d %d %d\n", tid, now, ok, errors))
    file:close()
  end
end

function done(summary, latency, requests)
  local total_ok, total_errors = 0, 0
  for _, thread in ipairs(threads) do
    total_ok = total_ok + thread:get("ok")
    total_errors = total_errors + thread:get("errors")
  end

  local e = summary.errors
  io.write(string.format("SOAK ok=%d errors=%d socket_errors=%d seconds=%.1f turns_per_s=%.0f p50_ms=%.1f p99_ms=%.1f\n",
    total_ok, total_errors, e.connect + e.read + e.write + e.timeout, summary.duration / 1e6, total_ok / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
