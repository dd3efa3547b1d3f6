#!/usr/bin/env bash
# Soak test: the published bot on loopback (SQLite state), a steady wrk load on /api/messages for a while,
# RSS and open file handles sampled every 10 s, then a table and the error count. Too slow for CI; run by hand.
#
#   benchmarks/soak.sh                       # 3 minutes, 32 connections, 1000 conversations
#   DURATION=600 CONNECTIONS=64 benchmarks/soak.sh
#   APP=/tmp/careerbot benchmarks/soak.sh    # use an existing `dotnet publish` output instead of publishing
#
# Exits non-zero if any turn failed or the bot died.
set -euo pipefail

DURATION=${DURATION:-180}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
CONVERSATIONS=${CONVERSATIONS:-1000}
PORT=${PORT:-5077}
INTERVAL=${INTERVAL:-10}

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
bot=""
load=""
cleanup() {
  [[ -n $load ]] && kill "$load" 2>/dev/null || true
  [[ -n $bot ]] && kill "$bot" 2>/dev/null && wait "$bot" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

command -v wrk >/dev/null || { echo "soak.sh needs wrk (apt-get install -y wrk)" >&2; exit 2; }

app=${APP:-}
if [[ -z $app ]]; then
  echo "publishing (Release)…" >&2
  dotnet publish "$root/src/CareerBot" -c Release -o "$work/app" --nologo -v quiet >&2
  app=$work/app
fi

# The per-address limits are lifted: all the load comes from one address, and a 429 here would measure the limiter.
dotnet "$app/CareerBot.dll" --urls "http://127.0.0.1:$PORT" --Knowledge:Path="$root/knowledge" \
  --Storage:Provider=Sqlite --ConnectionStrings:CareerBot="Data Source=$work/soak.db" \
  --Limits:MessagesPerSecondPerAddress=1000000 --Limits:MessageBurstPerAddress=1000000 >"$work/bot.log" 2>&1 &
bot=$!

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null 2>&1 && break
  kill -0 "$bot" 2>/dev/null || { echo "the bot did not start:" >&2; tail -20 "$work/bot.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$PORT/readyz" >/dev/null || { echo "the bot is not ready after 60 s" >&2; exit 1; }

rss_mib() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$bot/status"; }
handles() { ls "/proc/$bot/fd" | wc -l; }
# Sums the latest running totals each wrk thread wrote: "<ok> <errors>".
progress() { awk '{ ok[$1] = $3; err[$1] = $4 } END { for (t in ok) { o += ok[t]; e += err[t] } printf "%d %d\n", o, e }' "$work/progress" 2>/dev/null || echo "0 0"; }

: >"$work/progress"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s -s "$root/benchmarks/soak.lua" \
  "http://127.0.0.1:$PORT" -- "$CONVERSATIONS" "$work/progress" >"$work/wrk.txt" 2>&1 &
load=$!

echo "soak: $DURATION s, $CONNECTIONS connections, $CONVERSATIONS conversations, bot pid $bot ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
printf '%6s %10s %8s %10s %8s\n' "t (s)" "RSS (MiB)" "handles" "turns" "errors"
start=$(date +%s)
rss_start=$(rss_mib); handles_start=$(handles)
printf '%6d %10s %8s %10d %8d\n' 0 "$rss_start" "$handles_start" 0 0
first_loaded=""
while kill -0 "$load" 2>/dev/null; do
  sleep "$INTERVAL"
  kill -0 "$bot" 2>/dev/null || { echo "the bot died during the soak" >&2; tail -20 "$work/bot.log" >&2; exit 1; }
  read -r turns errs < <(progress)
  rss=$(rss_mib); fds=$(handles)
  printf '%6d %10s %8s %10d %8d\n' $(($(date +%s) - start)) "$rss" "$fds" "$turns" "$errs"
  # A sample taken after wrk stopped is not "under load".
  if kill -0 "$load" 2>/dev/null; then
    first_loaded=${first_loaded:-"$rss MiB, $fds handles"}
    last_loaded="$rss MiB, $fds handles"
  fi
done
wait "$load" || true
sleep 1
rss_end=$(rss_mib); handles_end=$(handles)

summary=$(grep '^SOAK ' "$work/wrk.txt" || true)
[[ -n $summary ]] || { echo "wrk gave no summary:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
echo
echo "$summary"
echo "idle before the load: ${rss_start} MiB, ${handles_start} handles; under load, first sample: ${first_loaded:-none}, last: ${last_loaded:-none}; after: ${rss_end} MiB, ${handles_end} handles"
grep -q ' errors=0 socket_errors=0 ' <<<"$summary"
