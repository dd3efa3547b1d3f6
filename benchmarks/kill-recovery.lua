-- wrk script for kill-recovery.sh: every wrk thread is one client on one connection (run wrk with -t equal to -c),
-- talking to many conversations in turn. Each conversation follows a script of ten turns: the certification
-- planner dialog from start to plan (six turns, each reply checked for the next question, so a lost or
-- doubled turn shows) and four guide questions. Activities are Bot Framework messages with deliveryMode
-- expectReplies; a turn succeeds on a 200 whose body carries a reply text (and, in the dialog, the expected one).
--
-- A client that gets anything else (an error status, a 200 without a reply, or no response at all because the
-- connection broke) sends the same activity again after a back-off (100 ms, doubling, at most 1 s), like a
-- channel retrying a delivery, up to 8 attempts; then it gives the turn up and counts it.
--
-- Every attempt is one line in <out-prefix>.<thread>, flushed once a second:
--   <wall ms> <http status, 0 = no response> <ok 0/1> <attempt> <attempt ms> <turn ms, from the first attempt> <flag>
-- flag: - ordinary; g = the turn was given up; m = a 200 with the wrong dialog reply although neither this turn
-- nor the conversation's previous one was retried (a lost or corrupted turn); r = a wrong dialog reply on or
-- right after a retried turn (a retry of a turn that had in fact been saved: at-least-once delivery). After a
-- wrong reply or a given-up turn the conversation starts over under a new id.
--
--   wrk -t32 -c32 -d80s --timeout 10s -s kill-recovery.lua http://127.0.0.1:8080 -- <conversations> <threads> <out-prefix> <run id>

local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } kr_timespec_t;
int clock_gettime(int clk_id, kr_timespec_t *tp);
]]
local ts = ffi.new("kr_timespec_t")
local function clock_ms(clock)
  ffi.C.clock_gettime(clock, ts)
  return tonumber(ts.tv_sec) * 1e3 + tonumber(ts.tv_nsec) / 1e6
end
local function wall_ms() return clock_ms(0) end      -- CLOCK_REALTIME: lines up with the shell's `date +%s%3N`
local function mono_ms() return clock_ms(1) end      -- CLOCK_MONOTONIC: latencies

-- The ten turns; `expect` is a phrase the reply must contain (dialog turns only).
local clouds = { "AWS", "Azure", "Google Cloud" }
local script = {
  { text = "plan my certs", expect = "Which cloud" },
  { text = nil, expect = "experience do you have" },            -- the cloud, rotating
  { text = "new to ML", expect = "hours a week" },
  { text = "5 hours a week", expect = "budget for exam fees" },
  { text = "300 dollars", expect = "target date" },
  { text = "no deadline", expect = "certification plan" },
  { text = "do I need a PhD?" },
  { text = "how much do ML engineers earn?" },
  { text = "salery for juniors" },
  { text = "what skills do I need?" },
}

local threads = {}
local max_attempts = 8

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

local conversations = {}  -- this thread's conversations: { n, step, gen }
local out = nil
local run = "kr"
local current = nil       -- the turn being sent: { conv, text, expect, id, attempt, first }
local awaiting = false    -- a request is out and no response() came for it yet
local verifying = false
local sent = 0
local pause = 0
local counter = 0
local last_flush = 0

-- Globals, so done() can read them through thread:get.
turns_ok = 0
attempts_failed = 0
given_up = 0
mismatches = 0

function init(args)
  local total = tonumber(args[1] or "1000")
  local nthreads = tonumber(args[2] or "32")
  out = io.open((args[3] or "/tmp/kill-recovery") .. "." .. tid, "w")
  run = args[4] or "kr"
  verifying = tid == 1
  for n = tid - 1, total - 1, nthreads do
    -- Half start with the dialog, half with the guide questions; turns then go to conversations at random, so
    -- the mix stays even over time.
    table.insert(conversations, { n = n, step = (n % 2 == 0) and 0 or 6, gen = 0, last_attempts = 1 })
  end
  math.randomseed(tid * 7919)
end

local function log(now, status, ok, attempt, ms, turn_ms, flag)
  out:write(string.format("%.0f %d %d %d %.2f %.2f %s\n", now, status, ok, attempt, ms, turn_ms, flag))
  if now - last_flush >= 1000 then
    last_flush = now
    out:flush()
  end
end

local function next_turn()
  local conv = conversations[math.random(#conversations)]
  local s = script[conv.step % #script + 1]
  local text = s.text or clouds[(conv.n + conv.gen) % #clouds + 1]
  counter = counter + 1
  return { conv = conv, text = text, expect = s.expect, id = string.format("%s-%d-%d", run, tid, counter), attempt = 0, first = nil }
end

-- A failed attempt: retry the same activity after a back-off, or give the turn up.
local function failed(status, now)
  attempts_failed = attempts_failed + 1
  local elapsed = mono_ms()
  log(now, status, 0, current.attempt, elapsed - sent, elapsed - current.first, "-")
  if current.attempt >= max_attempts then
    given_up = given_up + 1
    log(now, status, 0, current.attempt, 0, elapsed - current.first, "g")
    -- Its state is unknown now: the conversation starts over under a new id.
    current.conv.gen = current.conv.gen + 1
    current.conv.step = 0
    current.conv.last_attempts = 1
    current = nil
    pause = 0
  else
    pause = math.min(100 * 2 ^ (current.attempt - 1), 1000)
  end
end

function delay()
  local p = pause
  pause = 0
  return p
end

function request()
  if awaiting then
    awaiting = false
    if verifying then
      -- wrk calls the first thread's request() once before the run, to check it: nothing was sent.
      verifying = false
      current.attempt = 0
      current.first = nil
    else
      -- The connection broke before a response (wrk reconnected and asks for the next request).
      failed(0, wall_ms())
    end
  end
  if current == nil then
    current = next_turn()
  end
  current.attempt = current.attempt + 1
  awaiting = true
  sent = mono_ms()
  current.first = current.first or sent
  local conv = current.conv
  local body = string.format(
    '{"type":"message","id":"%s","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/",' ..
    '"from":{"id":"%s-user-%d"},"recipient":{"id":"bot"},"conversation":{"id":"%s-%d-%d"},"text":"%s","deliveryMode":"expectReplies"}',
    current.id, run, conv.n, run, conv.n, conv.gen, current.text)
  return wrk.format("POST", "/api/messages", { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  awaiting = false
  local now = wall_ms()
  if status ~= 200 or not body:find('"text"', 1, true) then
    failed(status, now)
    return
  end

  local elapsed = mono_ms()
  local conv = current.conv
  local flag = "-"
  if current.expect and not body:find(current.expect, 1, true) then
    -- The reply is not the dialog's next question: a turn was lost or applied twice. Start over under a new id.
    mismatches = mismatches + 1
    flag = (current.attempt == 1 and conv.last_attempts == 1) and "m" or "r"
    conv.gen = conv.gen + 1
    conv.step = 0
  else
    conv.step = conv.step + 1
  end
  turns_ok = turns_ok + 1
  log(now, status, 1, current.attempt, elapsed - sent, elapsed - current.first, flag)
  conv.last_attempts = flag == "-" and current.attempt or 1
  current = nil
end

function done(summary, latency, requests)
  local ok, failed_attempts, gave_up, wrong = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("turns_ok")
    failed_attempts = failed_attempts + thread:get("attempts_failed")
    gave_up = gave_up + thread:get("given_up")
    wrong = wrong + thread:get("mismatches")
  end
  local e = summary.errors
  io.write(string.format("WRK turns_ok=%d failed_attempts=%d given_up=%d mismatches=%d socket_errors=%d seconds=%.1f\n",
    ok, failed_attempts, gave_up, wrong, e.connect + e.read + e.write + e.timeout, summary.duration / 1e6))
end
