#!/usr/bin/env bash
# Recovery after a kill: two published instances on PostgreSQL behind nginx (deploy/nginx's real file) under a
# steady wrk load; after a warm-up one instance is SIGKILLed and started again on the same port. Measures the time
# until it answers /readyz, the window in which clients saw failures (and how many), the time until throughput is
# back at the pre-kill level, and turns/s and p99 before, during and after. Too slow for CI; run by hand.
#
#   benchmarks/kill-recovery.sh                      # publishes, throwaway PostgreSQL, 3 runs of 45 + 20 + 90 s
#   RUNS=1 APP=/tmp/careerbot benchmarks/kill-recovery.sh
#   POSTGRES="Host=127.0.0.1;Port=5432;Username=…;Password=…;Database=…" benchmarks/kill-recovery.sh
#
# Needs wrk, nginx (/usr/sbin/nginx or NGINX=…), envsubst, curl and, without POSTGRES, the PostgreSQL server
# binaries (/usr/lib/postgresql/*/bin). Exits non-zero if a turn was given up, a dialog reply showed a lost turn
# without any retry involved, or errors did not stop before the end of a run.
set -euo pipefail

RUNS=${RUNS:-3}
CONNECTIONS=${CONNECTIONS:-32}       # wrk threads = connections: one client per connection
CONVERSATIONS=${CONVERSATIONS:-1000}
WARMUP=${WARMUP:-45}                 # s of load before the measured pre-kill window (the JIT warms up slowly on 2 cores)
BEFORE=${BEFORE:-20}                 # s measured before the kill
AFTER=${AFTER:-90}                   # s of load after the kill
RESTART_DELAY=${RESTART_DELAY:-0}    # s between the kill and the restart (a supervisor restarts at once)
PORT1=${PORT1:-5181}
PORT2=${PORT2:-5182}
PROXY_PORT=${PROXY_PORT:-5180}
PG_PORT=${PG_PORT:-55441}
NGINX=${NGINX:-/usr/sbin/nginx}

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/kill-recovery.XXXXXX)
bots=("" "")
nginx_pid=""
load=""
pg_bin=""
pg_data=""

as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi; }
stop_bots() {
  for i in 0 1; do
    if [[ -n ${bots[$i]} ]]; then kill "${bots[$i]}" 2>/dev/null || true; wait "${bots[$i]}" 2>/dev/null || true; bots[$i]=""; fi
  done
}
stop_nginx() { if [[ -n $nginx_pid ]]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; nginx_pid=""; fi; }
cleanup() {
  if [[ -n $load ]]; then kill "$load" 2>/dev/null || true; fi
  stop_bots
  stop_nginx
  if [[ -n $pg_data ]]; then as_postgres "$pg_bin/pg_ctl -D $pg_data -m fast stop" >/dev/null 2>&1 || true; rm -rf "$pg_data"; fi
  if [[ -n ${KEEP:-} ]]; then echo "kept $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

for tool in wrk envsubst curl; do command -v "$tool" >/dev/null || { echo "kill-recovery.sh needs $tool" >&2; exit 2; }; done
[[ -x $NGINX ]] || { echo "kill-recovery.sh needs nginx (NGINX=…)" >&2; exit 2; }

now_ms() { date +%s%3N; }

# --- PostgreSQL: the one given, or a throwaway cluster on loopback (trust auth, as .ci/run starts it) ---------------
if [[ -n ${POSTGRES:-} ]]; then
  connection() { echo "$POSTGRES"; }
else
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [[ -x $pg_bin/pg_ctl ]] || { echo "no PostgreSQL server binaries; install them or set POSTGRES" >&2; exit 2; }
  # Its own folder: the work folder is private to this user, and PostgreSQL runs as postgres when we are root.
  pg_data=$(mktemp -d /tmp/kill-recovery-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres "$pg_data"
  as_postgres "$pg_bin/initdb -D $pg_data -U postgres -A trust" >/dev/null
  as_postgres "$pg_bin/pg_ctl -D $pg_data -l $pg_data/server.log -w -o '-c listen_addresses=127.0.0.1 -p $PG_PORT -k $pg_data -c max_connections=300' start" >/dev/null
  # A fresh database per run.
  connection() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=kr$1"; }
fi

# --- the bot -------------------------------------------------------------------------------------------------------
app=${APP:-}
if [[ -z $app ]]; then
  echo "publishing (Release)…" >&2
  dotnet publish "$root/src/CareerBot" -c Release -o "$work/app" --nologo -v quiet >&2
  app=$work/app
fi
app=$(cd "$app" && pwd)

# Instance $1 (0 or 1) on port $2 for run $3. The per-address limits are lifted: all the load comes from one address
# (nginx's), and a 429 here would measure the limiter.
# It runs in the app's folder, as in the image (WORKDIR /app): the content root is the working directory, and
# the published appsettings.json (log levels: Warning for ASP.NET's per-request lines) is read from there.
start_bot() {
  cd "$app"
  Storage__Provider=PostgreSql ConnectionStrings__CareerBot="$(connection "$3")" Knowledge__Path="$root/knowledge" \
    Knowledge__Watch=false Logging__Console__FormatterName=simple \
    Limits__MessagesPerSecondPerAddress=1000000 Limits__MessageBurstPerAddress=1000000 \
    dotnet "$app/CareerBot.dll" --urls "http://127.0.0.1:$2" >>"$work/bot$1.log" 2>&1 &
  bots[$1]=$!
  cd "$root"
}
ready() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$1/readyz") == 200 ]]; }
wait_ready() {
  for _ in $(seq 1 600); do
    ready "$1" && return 0
    kill -0 "${bots[$2]}" 2>/dev/null || { echo "instance $2 did not start:" >&2; tail -20 "$work/bot$2.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "instance $2 not ready after 60 s" >&2; exit 1
}

# --- nginx with deploy/nginx/careerbot.conf.template ---------------------------------------------------------------
start_nginx() {
  local folder=$work/nginx
  rm -rf "$folder"; mkdir -p "$folder"
  CAREERBOT_BOT_1=127.0.0.1:$PORT1 CAREERBOT_BOT_2=127.0.0.1:$PORT2 CAREERBOT_LISTEN=127.0.0.1:$PROXY_PORT \
    envsubst '${CAREERBOT_BOT_1} ${CAREERBOT_BOT_2} ${CAREERBOT_LISTEN}' \
    <"$root/deploy/nginx/careerbot.conf.template" >"$folder/careerbot.conf"
  cat >"$folder/nginx.conf" <<EOF
$([ "$(id -u)" -eq 0 ] && echo "user root;")
daemon off;
worker_processes 1;
pid $folder/nginx.pid;
error_log $folder/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $folder/body;
    proxy_temp_path $folder/proxy;
    fastcgi_temp_path $folder/fastcgi;
    uwsgi_temp_path $folder/uwsgi;
    scgi_temp_path $folder/scgi;
    include $folder/careerbot.conf;
}
EOF
  "$NGINX" -p "$folder" -e "$folder/error.log" -c "$folder/nginx.conf" &
  nginx_pid=$!
  for _ in $(seq 1 100); do ready "$PROXY_PORT" && return 0; sleep 0.05; done
  echo "nginx did not come up:" >&2; cat "$folder/error.log" >&2; exit 1
}

# --- analysis helpers ------------------------------------------------------------------------------------------------
# Lines: <wall ms> <status> <ok> <attempt> <attempt ms> <turn ms> <flag> (see kill-recovery.lua), sorted by time.
# percentile <file of numbers> <p>: nearest-rank.
percentile() { sort -n "$1" | awk -v p="$2" '{ v[NR] = $1 } END { if (NR == 0) { print "-"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; printf "%.1f", v[i] }'; }
# window <from ms> <to ms>: "<turns/s> <p50 ms> <p99 ms> <turn p99 ms> <failed attempts>" over completions in [from, to).
window() {
  awk -v a="$1" -v b="$2" '$1 >= a && $1 < b && $3 == 1 { print $5 > "'"$work/att"'"; print $6 > "'"$work/turn"'" }' "$work/lines"
  : >>"$work/att"; : >>"$work/turn"
  local n; n=$(wc -l <"$work/att")
  local errs; errs=$(awk -v a="$1" -v b="$2" '$1 >= a && $1 < b && $3 == 0 && $7 != "g"' "$work/lines" | wc -l)
  printf '%s %s %s %s %d\n' "$(awk -v n="$n" -v ms="$(($2 - $1))" 'BEGIN { printf "%.0f", n * 1000 / ms }')" "$(percentile "$work/att" 50)" "$(percentile "$work/att" 99)" \
    "$(percentile "$work/turn" 99)" "$errs"
  rm -f "$work/att" "$work/turn"
}

summary=$work/summary
: >"$summary"
status=0

for run in $(seq 1 "$RUNS"); do
  if [[ -z ${POSTGRES:-} ]]; then as_postgres "$pg_bin/psql -q -h 127.0.0.1 -p $PG_PORT -U postgres -c 'create database kr$run'" >/dev/null; fi
  : >"$work/bot0.log"; : >"$work/bot1.log"
  start_bot 0 "$PORT1" "$run"; start_bot 1 "$PORT2" "$run"
  wait_ready "$PORT1" 0; wait_ready "$PORT2" 1
  start_nginx
  rm -f "$work"/out.*
  duration=$((WARMUP + BEFORE + AFTER))
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${duration}s" --timeout 10s -s "$root/benchmarks/kill-recovery.lua" \
    "http://127.0.0.1:$PROXY_PORT" -- "$CONVERSATIONS" "$CONNECTIONS" "$work/out" "kr$run-$(date +%s)" >"$work/wrk.txt" 2>&1 &
  load=$!
  load_start=$(now_ms)
  echo "run $run: $CONNECTIONS clients, $CONVERSATIONS conversations, ${WARMUP} s warm-up, kill at $((WARMUP + BEFORE)) s, ${AFTER} s after" >&2
  sleep $((WARMUP + BEFORE))

  # The kill, the restart on the same port, and the restarted instance's /readyz polled every 20 ms.
  kill_ms=$(now_ms)
  kill -KILL "${bots[1]}"
  wait "${bots[1]}" 2>/dev/null || true
  bots[1]=""
  sleep "$RESTART_DELAY"
  restart_ms=$(now_ms)
  echo "--- restarted after the kill ---" >>"$work/bot1.log"
  start_bot 1 "$PORT2" "$run"
  listen_ms=""
  ready_ms=""
  while [[ -z $ready_ms ]]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$PORT2/readyz" || true)
    if [[ $code != 000 && -z $listen_ms ]]; then listen_ms=$(now_ms); fi
    if [[ $code == 200 ]]; then ready_ms=$(now_ms); fi
    kill -0 "${bots[1]}" 2>/dev/null || { echo "the restarted instance died:" >&2; tail -20 "$work/bot1.log" >&2; exit 1; }
    if (($(now_ms) - kill_ms > 60000)); then echo "the restarted instance is not ready after 60 s" >&2; exit 1; fi
    [[ -n $ready_ms ]] || sleep 0.02
  done

  wait "$load" || true
  load=""
  end_ms=$(now_ms)
  stop_nginx
  for i in 0 1; do kill -0 "${bots[$i]}" 2>/dev/null || { echo "instance $i died during the run" >&2; status=1; }; done
  stop_bots
  cat "$work/wrk.txt" | grep '^WRK ' >&2 || { echo "wrk gave no summary:" >&2; cat "$work/wrk.txt" >&2; exit 1; }
  sort -n -k1,1 "$work"/out.* >"$work/lines"

  # --- per-second buckets around the kill ------------------------------------------------------------------------
  # Completions from the warm-up's end until 2 s before the load stopped (the last second of each client's file may
  # not have been flushed).
  measured_end=$((load_start + duration * 1000 - 2000))
  awk -v k="$kill_ms" -v from=$((kill_ms - BEFORE * 1000)) -v to="$measured_end" '
    $1 >= from && $1 < to { b = int(($1 - k + 1000000) / 1000) - 1000; if ($3 == 1) ok[b]++; else if ($7 != "g") err[b]++ }
    END { for (b = -'"$BEFORE"'; b < int((to - k) / 1000); b++) printf "%d %d %d\n", b, ok[b] + 0, err[b] + 0 }' \
    "$work/lines" >"$work/buckets"
  pre_level=$(awk '$1 < 0 { s += $2; n++ } END { printf "%.0f", s / n }' "$work/buckets")
  pre_min=$(awk '$1 < 0 { if (min == "" || $2 < min) min = $2 } END { print min }' "$work/buckets")

  # Failed attempts: how many, by status, first and last (ms after the kill).
  read -r failures first_fail last_fail < <(awk -v k="$kill_ms" '$3 == 0 && $7 != "g" { n++; t = $1 - k; if (n == 1) f = t; l = t }
    END { if (n) printf "%d %d %d\n", n, f, l; else print "0 - -" }' "$work/lines")
  by_status=$(awk '$3 == 0 && $7 != "g" { c[$2]++ } END { for (s in c) printf "%s%s×%d", (n++ ? ", " : ""), (s == 0 ? "no response" : s), c[s] }' "$work/lines")
  given_up=$(awk '$7 == "g"' "$work/lines" | wc -l)
  lost=$(awk '$7 == "m"' "$work/lines" | wc -l)
  doubled=$(awk '$7 == "r"' "$work/lines" | wc -l)
  retried_ok=$(awk '$3 == 1 && $4 > 1' "$work/lines" | wc -l)
  pre_fail=$(awk -v k="$kill_ms" '$3 == 0 && $1 < k' "$work/lines" | wc -l)     # warm-up included

  # Throughput back: the first second, once the restarted instance is ready and after the last failure, from which
  # the mean of 10 seconds reaches 90% of the pre-kill mean. (While one instance is down the other, alone on the
  # 2 cores, may serve as much as both did; the cold instance rejoining is what costs throughput.)
  # pre_low: the lowest 10-second mean before the kill, for the noise.
  last_fail_bucket=$([[ $last_fail == - ]] && echo -1 || echo $((last_fail / 1000)))
  ready_bucket=$(((ready_ms - kill_ms) / 1000))
  back_s=$(awk -v level="$pre_level" -v after="$last_fail_bucket" -v ready="$ready_bucket" '$1 >= 0 { ok[$1] = $2; if ($1 > max) max = $1 }
    END { for (b = ready; b <= max - 9; b++) { s = 0; for (i = 0; i < 10; i++) s += ok[b+i]; if (b > after && s >= 9 * level) { print b; exit } } print "-" }' "$work/buckets")
  pre_low=$(awk '$1 < 0 { ok[$1] = $2 } END { for (b = -'"$BEFORE"'; b <= -10; b++) { s = 0; for (i = 0; i < 10; i++) s += ok[b+i]; if (low == "" || s / 10 < low) low = s / 10 } printf "%.0f", low }' "$work/buckets")
  dip=$(awk '$1 >= 0 && $1 < 30 { if (min == "" || $2 < min) { min = $2; at = $1 } } END { printf "%d %d", min, at }' "$work/buckets")

  recovered_ms=$((ready_ms - kill_ms))
  [[ $last_fail != - ]] && ((last_fail > recovered_ms)) && recovered_ms=$last_fail
  if [[ $back_s == - ]]; then recovered_ms=$((measured_end - kill_ms)); else ((back_s * 1000 > recovered_ms)) && recovered_ms=$((back_s * 1000)); fi
  read -r pre_tps pre_p50 pre_p99 pre_turn99 _ < <(window $((kill_ms - BEFORE * 1000)) "$kill_ms")
  read -r dur_tps dur_p50 dur_p99 dur_turn99 _ < <(window "$kill_ms" $((kill_ms + recovered_ms)))
  read -r post_tps post_p50 post_p99 post_turn99 _ < <(window $((kill_ms + recovered_ms)) "$measured_end")

  {
    echo "== run $run ($(date -u +%Y-%m-%dT%H:%M:%SZ))"
    echo "process: listening $((listen_ms - kill_ms)) ms after the kill, /readyz 200 after $((ready_ms - kill_ms)) ms (restart issued at $((restart_ms - kill_ms)) ms)"
    echo "failed attempts: $failures (${by_status:-none}), first at ${first_fail} ms, last at ${last_fail} ms after the kill; before the kill (warm-up included): $pre_fail"
    echo "turns: $retried_ok succeeded on a retry, $given_up given up, $doubled dialog replies showing a retried turn applied twice, $lost wrong dialog replies without a retry"
    echo "throughput: pre-kill mean $pre_level turns/s (lowest second $pre_min, lowest 10-s mean $pre_low); lowest second after the kill $(cut -d' ' -f1 <<<"$dip") (second $(cut -d' ' -f2 <<<"$dip")); 10-s mean back to >= 90% from second ${back_s/#-/(not within the run)}"
    echo "recovered (ready, no failures, throughput back): $([[ $back_s == - ]] && echo "throughput not back by the end of the run" || echo "$recovered_ms ms after the kill")"
    printf '%-34s %8s %8s %8s %14s\n' "window" "turns/s" "p50 ms" "p99 ms" "turn p99 ms"
    printf '%-34s %8s %8s %8s %14s\n' "before (${BEFORE} s to the kill)" "$pre_tps" "$pre_p50" "$pre_p99" "$pre_turn99"
    printf '%-34s %8s %8s %8s %14s\n' "during (kill to recovered)" "$dur_tps" "$dur_p50" "$dur_p99" "$dur_turn99"
    printf '%-34s %8s %8s %8s %14s\n' "after (recovered to the end)" "$post_tps" "$post_p50" "$post_p99" "$post_turn99"
    echo "per second around the kill (s after the kill: turns, failed attempts):"
    awk '$1 >= -3 && $1 < 15 { printf "  %+d: %d, %d\n", $1, $2, $3 }' "$work/buckets"
    echo "10-second means after the kill (turns/s):"
    awk '$1 >= 0 { s[int($1 / 10)] += $2; n[int($1 / 10)]++ } END { for (i = 0; n[i] == 10; i++) printf "  %d–%d s: %.0f\n", 10 * i, 10 * i + 10, s[i] / 10 }' "$work/buckets"
  } | tee -a "$summary"

  if ((given_up > 0 || lost > 0)); then status=1; fi
  if [[ $last_fail != - ]] && ((kill_ms + last_fail > measured_end - 5000)); then echo "failures went on until the end of the run" >&2; status=1; fi
  # ASP.NET's simple console format starts error lines with "fail:" or "crit:".
  for i in 0 1; do
    n=$(grep -cE '^(fail|crit):' "$work/bot$i.log" || true)
    if ((n > 0)); then echo "instance $i logged $n errors; the first:" >&2; grep -E -A3 '^(fail|crit):' "$work/bot$i.log" | head -8 >&2; fi
  done
  if [[ -n ${KEEP:-} ]]; then cp "$work/lines" "$work/lines.$run"; cp "$work/buckets" "$work/buckets.$run"; cp "$work/bot1.log" "$work/bot1.$run.log"; cp "$work/bot0.log" "$work/bot0.$run.log"; fi
done

echo
echo "summary over $RUNS run(s):"
grep -E '^(process|failed attempts|turns|throughput|recovered)' "$summary"
exit $status
