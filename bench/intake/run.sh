#!/usr/bin/env bash
# Open311 POST intake benchmark against the embedded PostgreSQL, with pgbench on the same server
# as the limit. One command: bench/intake/run.sh   (from anywhere; ~9 minutes with the defaults)
#
# Each round: fresh data dir -> first start (launch to /actuator/health UP) -> stop -> restart on
# the same data dir -> closed-loop POSTs (CLIENTS concurrent clients, full speed; once with the JDK
# client IntakeLoad.java, once with wrk, a C client that leaves more CPU to the app) -> open-loop POSTs
# at half the round's peak rate -> pgbench single-row INSERT (the limit) with the same client
# counts and duration -> pgbench replaying the SQL of one POST (diagnostic) -> stop.
# Medians over ROUNDS rounds are printed as markdown; raw results go to bench/out/intake-<time>/.
#
# Knobs (environment): ROUNDS=3 CLIENTS="8 16" DURATION=20 WARMUP=10 OPEN_WARMUP=5 TXN_DURATION=10
#                      PORT=18480 KEEP_DATA=0 JAVA_OPTS="" (extra JVM options for the application)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ROUNDS=${ROUNDS:-3}
CLIENTS=${CLIENTS:-"8 16"}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
OPEN_WARMUP=${OPEN_WARMUP:-5}
TXN_DURATION=${TXN_DURATION:-10}
PORT=${PORT:-18480}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=$ROOT/target/onecity.jar
OUT=$ROOT/bench/out/intake-$(date +%Y%m%d-%H%M%S)
RESULTS=$OUT/results.tsv
LOAD="java $HERE/IntakeLoad.java"
mkdir -p "$OUT"

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/run.log" >&2; }

# ------------------------------------------------------------------ prerequisites
if ! command -v wrk >/dev/null; then
  log "wrk missing: installing it"
  apt-get install -y wrk >/dev/null
fi
if ! command -v pgbench >/dev/null; then
  log "pgbench missing: installing postgresql-client"
  apt-get install -y postgresql-client >/dev/null
fi
if [ ! -f "$JAR" ]; then
  log "building $JAR"
  (cd "$ROOT" && { mvn -B -q -o -DskipTests package || mvn -B -q -DskipTests package; })
fi
while curl -s -o /dev/null "http://localhost:$PORT/" 2>/dev/null; do PORT=$((PORT + 1)); done

APP_PID=""
DATA=""
cleanup() {
  local rc=$?
  stop_app || true
  if [ -n "$DATA" ] && [ "${KEEP_DATA:-0}" != 1 ]; then rm -rf "$DATA"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

postmaster_pid() { [ -f "$DATA/postgres/postmaster.pid" ] && head -1 "$DATA/postgres/postmaster.pid" || true; }

# Starts the application on $DATA; sets START_SECS to the seconds from launch to health UP.
start_app() {
  local tag=$1 t0 t1
  START_SECS=""
  t0=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --onecity.data-dir="$DATA" >"$OUT/app-$tag.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if curl -sf --max-time 1 "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      t1=$(date +%s.%N)
      START_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
      return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { log "application died, see $OUT/app-$tag.log"; return 1; }
    sleep 0.1
  done
  log "application not healthy after 120 s"; return 1
}

stop_app() {
  [ -n "$APP_PID" ] || return 0
  local pm
  pm=$(postmaster_pid)
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$APP_PID" 2>/dev/null; then log "application did not stop in 30 s: KILL"; kill -KILL "$APP_PID" || true; fi
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  # the application stops its PostgreSQL on shutdown; make sure ours is gone in any case
  if [ -n "$pm" ] && kill -0 "$pm" 2>/dev/null; then
    for _ in $(seq 1 100); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pm" 2>/dev/null && { log "stopping leftover postmaster $pm"; kill -TERM "$pm" || true; sleep 2; }
  fi
  return 0
}

pg_port() { grep -o 'Embedded PostgreSQL on port [0-9]*' "$1" | awk '{print $NF}' | tail -1; }
psql_q() { psql -h localhost -p "$PGPORT" -U postgres -d onecity -v ON_ERROR_STOP=1 -qAt "$@"; }
rows() { psql_q -c "select count(*) from requests.service_request"; }

# busy cores of the machine over 1 s (to note other engineers' builds)
machine_busy() {
  local a b
  a=$(awk 'NR==1 {print $2+$3+$4+$7+$8}' /proc/stat); sleep 1; b=$(awk 'NR==1 {print $2+$3+$4+$7+$8}' /proc/stat)
  awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", (b - a) / 100 }'
}
# cpu ticks (1/100 s) of the postmaster, its live children (backends) and its reaped children
# (backends of pgbench connections that closed before the second sample)
tree_cpu() {
  local pid=$1 total p t
  total=$(sed 's/^.*) //' "/proc/$pid/stat" | awk '{print $12 + $13 + $14 + $15}')
  for p in $(pgrep -P "$pid" || true); do
    t=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}' || true)
    total=$((total + ${t:-0}))
  done
  echo "$total"
}
wait_quiet() {
  local b
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    b=$(machine_busy)
    awk -v b="$b" 'BEGIN { exit !(b < 0.3) }' && { log "machine idle enough (busy $b cores)"; return 0; }
    log "machine busy ($b cores used by others), waiting"
    sleep 2
  done
  log "machine still busy ($b cores); measuring anyway, see other_cores in results"
}

# json field from IntakeLoad output
jf() { sed -n "s/.*\"$2\":\([-0-9.a-zA-Z]*\).*/\1/p" <<<"$1" | head -1; }

# percentiles (ms) of pgbench -l logs: column 3 is the latency in microseconds
pgb_pcts() {
  cat "$@" | awk '{print $3}' | sort -n | awk '{ v[NR] = $1 } END {
    split("50 90 99", p, " ");
    for (i = 1; i <= 3; i++) { r = int(p[i] / 100 * NR); if (r < p[i] / 100 * NR) r++; if (r < 1) r = 1;
      printf "%.2f%s", v[r] / 1000, (i < 3 ? "\t" : "\n") } }'
}

# run_pgbench TEST CLIENTS DURATION SCRIPT
run_pgbench() {
  local test=$1 c=$2 dur=$3 script=$4 prefix out pm cpu0 cpu1 m0 m1 tps fails pcts times
  prefix=$OUT/r$ROUND-$test-c$c
  pm=$(postmaster_pid)
  cpu0=$(tree_cpu "$pm"); m0=$(awk 'NR==1 {print $2+$3+$4+$7+$8}' /proc/stat)
  out=$( { TIMEFORMAT='%U %S'; time timeout $((dur + 60)) pgbench -h localhost -p "$PGPORT" -U postgres -n \
      -M prepared -c "$c" -j 2 -T "$dur" -D keyhash="'$KEYHASH'" -l --log-prefix="$prefix" \
      -f "$HERE/$script" onecity 2>&1; } 2>&1 )
  # backends of the closed connections are accounted to the postmaster only once reaped
  m1=$(awk 'NR==1 {print $2+$3+$4+$7+$8}' /proc/stat); sleep 1; cpu1=$(tree_cpu "$pm")
  echo "$out" >"$prefix.txt"
  times=$(tail -1 <<<"$out")
  tps=$(sed -n 's/^tps = \([0-9.]*\) (without.*/\1/p' <<<"$out")
  fails=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$out")
  pcts=$(pgb_pcts "$prefix".[0-9]*)
  rm -f "$prefix".[0-9]*  # per-transaction logs are large; percentiles are kept in results.tsv
  local pgms bcores other
  pgms=$(awk -v a="$cpu0" -v b="$cpu1" -v t="$tps" -v d="$dur" 'BEGIN { printf "%.3f", (b - a) * 10 / (t * d) }')
  bcores=$(awk -v u="$times" 'BEGIN { split(u, x, " "); print x[1] + x[2] }')
  other=$(awk -v m0="$m0" -v m1="$m1" -v a="$cpu0" -v b="$cpu1" -v c="$bcores" -v d="$dur" \
      'BEGIN { printf "%.2f", ((m1 - m0) / 100 - (b - a) / 100 - c) / d }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t-\t%s\t%.3f\n' "$ROUND" "$test" "$c" "$tps" "$pcts" "${fails:-0}" \
      "$other" "$pgms" "$(awk -v c="$bcores" -v t="$tps" -v d="$dur" 'BEGIN { print c * 1000 / (t * d) }')" \
      >>"$RESULTS"
  log "$test c=$c: tps=$tps p50/p90/p99=$(tr '\t' / <<<"$pcts") ms failed=${fails:-0} other_cores=$other"
}

# cpu ticks (1/100 s) of one process
proc_cpu() { sed 's/^.*) //' "/proc/$1/stat" | awk '{print $12 + $13}'; }

# run_wrk CLIENTS DURATION [TEST MEAN_PAUSE_MS]: the closed loop again, driven by wrk (C, ~0.05 ms of CPU per request
# instead of the JDK client's ~1 ms), so more of the 2 cores are left to the application
run_wrk() {
  local c=$1 dur=$2 test=${3:-ours-closed-wrk} pause=${4:-} out pm a0 a1 p0 p1 m0 m1 line rps times wcores other
  pm=$(postmaster_pid)
  a0=$(proc_cpu "$APP_PID"); p0=$(tree_cpu "$pm"); m0=$(awk 'NR==1 {print $2+$3+$4+$7+$8}' /proc/stat)
  out=$( { TIMEFORMAT='%U %S'; time timeout $((dur + 60)) wrk -t2 -c"$c" -d"${dur}s" --timeout 10s \
      -s "$HERE/post.lua" "$URL" ${pause:+-- "$pause"} 2>&1; } 2>&1 )
  m1=$(awk 'NR==1 {print $2+$3+$4+$7+$8}' /proc/stat); a1=$(proc_cpu "$APP_PID"); p1=$(tree_cpu "$pm")
  echo "$out" >"$OUT/r$ROUND-$test-c$c.txt"
  line=$(grep '^WRK ' <<<"$out")
  times=$(tail -1 <<<"$out")
  rps=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<<"$line")
  wcores=$(awk -v u="$times" 'BEGIN { split(u, x, " "); print x[1] + x[2] }')
  other=$(awk -v m0="$m0" -v m1="$m1" -v a="$((a1 - a0 + p1 - p0))" -v c="$wcores" -v d="$dur" \
      'BEGIN { printf "%.2f", ((m1 - m0) / 100 - a / 100 - c) / d }')
  local errs
  errs=$(( $(sed -n 's/.*non201=\([0-9]*\).*/\1/p' <<<"$line") + $(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line") ))
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\n' "$ROUND" "$test" "$c" "$rps" \
      "$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$line")" "$(sed -n 's/.*p90_ms=\([0-9.]*\).*/\1/p' <<<"$line")" \
      "$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$line")" "$errs" "$other" \
      "$(awk -v a="$((a1 - a0))" -v r="$rps" -v d="$dur" 'BEGIN { print a * 10 / (r * d) }')" \
      "$(awk -v a="$((p1 - p0))" -v r="$rps" -v d="$dur" 'BEGIN { print a * 10 / (r * d) }')" \
      "$(awk -v c="$wcores" -v r="$rps" -v d="$dur" 'BEGIN { print c * 1000 / (r * d) }')" >>"$RESULTS"
  log "$test c=$c${pause:+ pause=${pause}ms}: $line other_cores=$other"
  [ -n "$pause" ] || PEAK=$(awk -v a="$PEAK" -v b="$rps" 'BEGIN { print (b > a ? b : a) }')
}

# record the IntakeLoad JSON as a results row
record_load() {
  local test=$1 label=$2 j=$3
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$ROUND" "$test" "$label" "$(jf "$j" rps)" \
      "$(jf "$j" p50_ms)" "$(jf "$j" p90_ms)" "$(jf "$j" p99_ms)" "$(jf "$j" errors)" "$(jf "$j" other_cores)" \
      "$(jf "$j" app_ms_per_req)" "$(jf "$j" pg_ms_per_req)" "$(jf "$j" loadgen_ms_per_req)" >>"$RESULTS"
}

# ------------------------------------------------------------------ facts
KEYHASH=$(printf %s demo-key | sha256sum | cut -d' ' -f1)
{
  echo "date: $(date -Is)"
  echo "host: $(uname -srm), nproc $(nproc), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "pgbench: $(pgbench --version)"
  echo "git: $(cd "$ROOT" && git rev-parse --short HEAD) $(cd "$ROOT" && git status --porcelain | wc -l) uncommitted paths"
  echo "rounds=$ROUNDS clients=$CLIENTS duration=${DURATION}s warmup=${WARMUP}s open_warmup=${OPEN_WARMUP}s txn_duration=${TXN_DURATION}s"
} | tee "$OUT/facts.txt" >&2
printf '# round\ttest\tclients_or_rate\trps\tp50_ms\tp90_ms\tp99_ms\terrors\tother_cores\tapp_ms_per_req\tpg_ms_per_req\tclient_ms_per_req\n' >"$RESULTS"

URL="http://localhost:$PORT/open311/v2/requests.json"
for ROUND in $(seq 1 "$ROUNDS"); do
  log "=== round $ROUND/$ROUNDS"
  wait_quiet
  DATA=$(mktemp -d /tmp/onecity-bench.XXXXXX)
  start_app "r$ROUND-first"; log "first start: ${START_SECS}s"
  printf '%s\tstart (fresh data dir)\t-\t%s\n' "$ROUND" "$START_SECS" >>"$RESULTS"
  stop_app
  start_app "r$ROUND-restart"; log "restart: ${START_SECS}s"
  printf '%s\trestart (same data dir)\t-\t%s\n' "$ROUND" "$START_SECS" >>"$RESULTS"
  PGPORT=$(pg_port "$OUT/app-r$ROUND-restart.log")
  [ -n "$PGPORT" ] || { log "no 'Embedded PostgreSQL on port' line in the log"; exit 1; }
  [ "$ROUND" = 1 ] && echo "postgres: $(psql_q -c 'select version()'); fsync=$(psql_q -c 'show fsync'), synchronous_commit=$(psql_q -c 'show synchronous_commit'), shared_buffers=$(psql_q -c 'show shared_buffers')" | tee -a "$OUT/facts.txt" >&2
  psql_q -f "$HERE/pgbench-setup.sql" 2>/dev/null
  WATCH="app=$APP_PID,pg=$(postmaster_pid)"

  # closed loop: warm-up once (JIT, pools), then each client count for DURATION
  log "warm-up ${WARMUP}s"
  timeout $((WARMUP + 60)) $LOAD closed --url "$URL" --clients 16 --duration "$WARMUP" --warmup 0 >"$OUT/r$ROUND-warmup.json"
  PEAK=0
  MID_ROWS=""
  for c in $CLIENTS; do
    before=$(rows)
    j=$(timeout $((DURATION + 60)) $LOAD closed --url "$URL" --clients "$c" --duration "$DURATION" --warmup 2 \
        --watch "$WATCH" --out "$OUT/r$ROUND-ours-closed-c$c.lat-us")
    echo "$j" >"$OUT/r$ROUND-ours-closed-c$c.json"
    record_load ours-closed "$c" "$j"
    log "ours closed c=$c: $(jf "$j" rps) req/s p50/p90/p99=$(jf "$j" p50_ms)/$(jf "$j" p90_ms)/$(jf "$j" p99_ms) ms errors=$(jf "$j" errors) rows $before->$(rows) other_cores=$(jf "$j" other_cores)"
    PEAK=$(awk -v a="$PEAK" -v b="$(jf "$j" rps)" 'BEGIN { print (b > a ? b : a) }')
    [ -n "${MID_ROWS:-}" ] || MID_ROWS=$(rows)  # table size half-way through the closed-loop runs
  done
  for c in $CLIENTS; do run_wrk "$c" "$DURATION"; done

  # open loop at half the peak, latency from the scheduled send time
  RATE=$(awk -v p="$PEAK" 'BEGIN { printf "%.1f", p / 2 }')
  j=$(timeout $((OPEN_WARMUP + DURATION + 60)) $LOAD open --url "$URL" --rate "$RATE" --duration "$DURATION" \
      --warmup "$OPEN_WARMUP" --watch "$WATCH" --out "$OUT/r$ROUND-ours-open.lat-us")
  echo "$j" >"$OUT/r$ROUND-ours-open.json"
  record_load ours-open-half-peak "half peak" "$j"
  log "ours open at $RATE/s: $(jf "$j" rps) req/s p50/p90/p99=$(jf "$j" p50_ms)/$(jf "$j" p90_ms)/$(jf "$j" p99_ms) ms errors=$(jf "$j" errors) other_cores=$(jf "$j" other_cores)"
  printf '%s\topen-loop rate\t-\t%s\n' "$ROUND" "$RATE" >>"$OUT/rates.tsv"
  # the same half-peak rate offered by wrk (C client) with random pauses: 32 connections, each pausing
  # a mean of 32/RATE s minus the closed-loop latency, so the JDK client's own CPU does not crowd the app
  PAUSE=$(awk -v r="$RATE" 'BEGIN { p = 32000 / r - 8; printf "%.1f", (p < 1 ? 1 : p) }')
  run_wrk 32 "$DURATION" ours-paced-wrk-half-peak "$PAUSE"
  APP_ROWS=$(rows)

  # the limit: pgbench, one INSERT of an equivalent row per transaction
  for c in $CLIENTS; do run_pgbench pgbench-insert "$c" "$DURATION" pgbench-insert.sql; done
  # diagnostic: the SQL of one POST, on a copy of the application's table at its mid-run size
  psql_q -v rows="$MID_ROWS" -f "$HERE/seed-txn.sql" >/dev/null
  for c in $CLIENTS; do run_pgbench pgbench-txn "$c" "$TXN_DURATION" pgbench-txn.sql; done
  log "service_request rows at the end of the round: $APP_ROWS (pgbench-txn seeded with $MID_ROWS)"
  echo "round $ROUND: service_request rows written by the application: $APP_ROWS; pgbench-txn table seeded with the first $MID_ROWS" >>"$OUT/facts.txt"

  stop_app
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$DATA"
  DATA=""
done

log "raw results in $OUT"
$LOAD summarize "$RESULTS" | tee "$OUT/summary.md"
