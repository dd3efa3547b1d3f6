#!/usr/bin/env bash
# Guided-conversation turns against ordinary guide questions, one CareerBot build, one sitting: the guided-conversation
# issue asks the planner's turns to stay within the p99 of ordinary questions under the same load.
# Usage (from the repository root, a Release publish in /tmp/careerbot, shared/bench copied to /tmp/bench):
#   BENCH=/tmp/bench ROUNDS=2 benchmarks/planner-turns.sh
# Each round starts the bot on a fresh state file and runs ordinary questions first: the planner's load leaves its 64
# conversations mid-dialog, and questions sent to them afterwards would measure the dialog route.
set -euo pipefail

BENCH="${BENCH:-/tmp/bench}"
URL="${URL:-http://127.0.0.1:5000}"
ROUNDS="${ROUNDS:-2}"
HERE="$(cd "$(dirname "$0")" && pwd)"

for round in $(seq 1 "$ROUNDS"); do
  rm -f data/careerbot.db*
  dotnet /tmp/careerbot/CareerBot.dll --urls "$URL" --Knowledge:Path="$PWD/knowledge" \
    --Limits:MessagesPerSecondPerAddress=1000000 --Limits:MessageBurstPerAddress=1000000 >/tmp/planner-turns-bot.log 2>&1 &
  bot=$!
  trap 'kill $bot 2>/dev/null || true' EXIT
  until curl -sf "$URL/healthz" >/dev/null 2>&1; do sleep 0.2; done
  echo "== round $round: ordinary guide questions"
  LABEL="questions round $round" "$BENCH/load/bench.sh" "$URL" | grep -E '^RESULT|VmRSS' || true
  echo "== round $round: certification planner turns"
  QUESTIONS="$HERE/planner-turns.txt" LABEL="planner round $round" "$BENCH/load/bench.sh" "$URL" | grep -E '^RESULT|VmRSS' || true
  kill "$bot"; wait "$bot" 2>/dev/null || true
done
