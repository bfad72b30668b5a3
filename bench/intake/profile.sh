#!/usr/bin/env bash
# Cheap profile of Open311 POST intake (~2.5 minutes): where the time goes in the JVM (JFR execution
# samples) and in PostgreSQL (pg_stat_statements, table scan counters), plus one what-if: the same
# load after adding an index on requests.service_request (parent_id) in this throw-away database
# (the application code is not touched).
#
# Usage: bench/intake/profile.sh    Knobs: CLIENTS=16 DURATION=20 WARMUP=10 PORT=18580
# Output: bench/out/profile-<time>/ (jfr-top.txt, pg-statements.txt, *.json, intake.jfr)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
PORT=${PORT:-18580}
JAR=$ROOT/target/onecity.jar
OUT=$ROOT/bench/out/profile-$(date +%Y%m%d-%H%M%S)
LOAD="java $HERE/IntakeLoad.java"
mkdir -p "$OUT"
log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" | tee -a "$OUT/profile.log" >&2; }

[ -f "$JAR" ] || (cd "$ROOT" && { mvn -B -q -o -DskipTests package || mvn -B -q -DskipTests package; })
while curl -s -o /dev/null "http://localhost:$PORT/" 2>/dev/null; do PORT=$((PORT + 1)); done
DATA=$(mktemp -d /tmp/onecity-profile.XXXXXX)
APP_PID=""

stop_app() {
  [ -n "$APP_PID" ] || return 0
  local pm=""
  [ -f "$DATA/postgres/postmaster.pid" ] && pm=$(head -1 "$DATA/postgres/postmaster.pid")
  kill -TERM "$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$APP_PID" 2>/dev/null && kill -KILL "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  if [ -n "$pm" ]; then
    for _ in $(seq 1 100); do kill -0 "$pm" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pm" 2>/dev/null && kill -TERM "$pm"
  fi
  return 0
}
cleanup() { local rc=$?; stop_app || true; rm -rf "$DATA"; exit $rc; }
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() {
  java -jar "$JAR" --server.port="$PORT" --onecity.data-dir="$DATA" >"$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    curl -sf --max-time 1 "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$APP_PID" 2>/dev/null || { log "application died"; return 1; }
    sleep 0.1
  done
  return 1
}
psql_q() { psql -h localhost -p "$PGPORT" -U postgres -d onecity -v ON_ERROR_STOP=1 -qAt "$@"; }
jf() { sed -n "s/.*\"$2\":\([-0-9.a-zA-Z]*\).*/\1/p" <<<"$1" | head -1; }
URL="http://localhost:$PORT/open311/v2/requests.json"

start_app first
PGPORT=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$OUT/app-first.log" | awk '{print $NF}')
psql_q -c "alter system set shared_preload_libraries = 'pg_stat_statements'"
psql_q -c "alter system set pg_stat_statements.track = 'all'"
stop_app
start_app profiled
PGPORT=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$OUT/app-profiled.log" | awk '{print $NF}')
psql_q -c "create extension if not exists pg_stat_statements"
WATCH="app=$APP_PID,pg=$(head -1 "$DATA/postgres/postmaster.pid")"

log "warm-up ${WARMUP}s"
timeout $((WARMUP + 60)) $LOAD closed --url "$URL" --clients "$CLIENTS" --duration "$WARMUP" --warmup 0 >/dev/null
psql_q -c "select pg_stat_statements_reset()" -c "select pg_stat_reset()" >/dev/null
ROWS0=$(psql_q -c "select count(*) from requests.service_request")
XACT0=$(psql_q -c "select xact_commit from pg_stat_database where datname = 'onecity'")
jcmd "$APP_PID" JFR.start name=intake settings=profile >/dev/null

log "profiled run: $CLIENTS clients, ${DURATION}s (table has $ROWS0 requests)"
( sleep $((DURATION / 2)); for i in 1 2 3; do jstack "$APP_PID" >"$OUT/jstack-$i.txt" 2>/dev/null || true; sleep 1; done ) &
JSTACKS=$!
J=$(timeout $((DURATION + 60)) $LOAD closed --url "$URL" --clients "$CLIENTS" --duration "$DURATION" --warmup 0 \
    --watch "$WATCH")
wait "$JSTACKS"
echo "$J" >"$OUT/baseline.json"
jcmd "$APP_PID" JFR.stop name=intake filename="$OUT/intake.jfr" >/dev/null
XACT1=$(psql_q -c "select xact_commit from pg_stat_database where datname = 'onecity'")
ROWS1=$(psql_q -c "select count(*) from requests.service_request")
log "baseline: $(jf "$J" rps) req/s p50/p99 $(jf "$J" p50_ms)/$(jf "$J" p99_ms) ms; app $(jf "$J" app_ms_per_req) ms CPU/req, PostgreSQL $(jf "$J" pg_ms_per_req) ms CPU/req, client $(jf "$J" loadgen_ms_per_req) ms CPU/req; rows $ROWS0 -> $ROWS1"

{
  echo "requests written: $((ROWS1 - ROWS0)); PostgreSQL commits: $((XACT1 - XACT0)) ($(awk -v x=$((XACT1 - XACT0)) -v r=$((ROWS1 - ROWS0)) 'BEGIN { printf "%.2f", x / r }') per request, autocommit statements count as one each)"
  echo
  echo "top statements by total execution time (pg_stat_statements):"
  psql -h localhost -p "$PGPORT" -U postgres -d onecity -P pager=off -c "
    select calls, round(total_exec_time::numeric, 0) as total_ms,
           round((100 * total_exec_time / sum(total_exec_time) over ())::numeric, 1) as pct,
           round(mean_exec_time::numeric, 3) as mean_ms, round(rows::numeric / calls, 1) as rows_per_call,
           left(regexp_replace(query, '\s+', ' ', 'g'), 110) as query
    from pg_stat_statements where dbid = (select oid from pg_database where datname = 'onecity')
    order by total_exec_time desc limit 12"
  echo "table scans during the run:"
  psql -h localhost -p "$PGPORT" -U postgres -d onecity -P pager=off -c "
    select relname, seq_scan, seq_tup_read, round(seq_tup_read::numeric / nullif(seq_scan, 0)) as rows_per_seq_scan,
           idx_scan, n_tup_ins
    from pg_stat_user_tables where schemaname = 'requests' and (seq_scan > 0 or idx_scan > 0)
    order by seq_tup_read desc"
  echo "plan of the read every POST does twice or more (RequestRows.SELECT ... where r.id = ?):"
  psql -h localhost -p "$PGPORT" -U postgres -d onecity -P pager=off -c "
    explain (analyze, costs off, timing on, summary on)
    select r.*, p.number as parent_number, lp.number as likely_parent_number,
       (select array_agg(m.id order by m.uploaded_at, m.id) from requests.media m where m.request_id = r.id) as media_ids,
       (select array_agg(e.url order by e.url) from requests.external_media e where e.request_id = r.id) as media_urls,
       (select array_agg(c.number order by c.id) from requests.service_request c where c.parent_id = r.id) as children
    from requests.service_request r
    left join requests.service_request p on p.id = r.parent_id
    left join requests.service_request lp on lp.id = r.likely_parent_id
    where r.id = (select max(id) from requests.service_request)"
} >"$OUT/pg-statements.txt" 2>&1
log "PostgreSQL side in $OUT/pg-statements.txt"

for i in 1 2 3; do
  [ -s "$OUT/jstack-$i.txt" ] || continue
  echo "jstack $i: $(grep -A1 '^"http-nio' "$OUT/jstack-$i.txt" | grep -o 'State: [A-Z_]*' | sort | uniq -c | tr '\n' ' ')"
done >"$OUT/jstack-states.txt"
java "$HERE/JfrTop.java" "$OUT/intake.jfr" 20 >"$OUT/jfr-top.txt"
log "JVM side in $OUT/jfr-top.txt"

# what-if (WHATIF=1): the same load with an extra index on parent_id (the first profile's finding;
# main has had that index since migration 1101, so this is off by default)
if [ "${WHATIF:-0}" = 1 ]; then
# what-if: the same load with an index for the children subquery (throw-away database only)
psql_q -c "create index service_request_parent_whatif on requests.service_request (parent_id)"
psql_q -c "analyze requests.service_request"
ROWS2=$(psql_q -c "select count(*) from requests.service_request")
J2=$(timeout $((DURATION + 60)) $LOAD closed --url "$URL" --clients "$CLIENTS" --duration "$DURATION" --warmup 2 \
    --watch "$WATCH")
echo "$J2" >"$OUT/whatif-parent-index.json"
log "what-if index on parent_id: $(jf "$J2" rps) req/s p50/p99 $(jf "$J2" p50_ms)/$(jf "$J2" p99_ms) ms; app $(jf "$J2" app_ms_per_req) ms CPU/req, PostgreSQL $(jf "$J2" pg_ms_per_req) ms CPU/req (table had $ROWS2 requests at start)"
RATE2=$(awk -v p="$(jf "$J2" rps)" 'BEGIN { printf "%.1f", p / 2 }')
J3=$(timeout $((DURATION + 70)) $LOAD open --url "$URL" --rate "$RATE2" --duration "$DURATION" --warmup 5 \
    --watch "$WATCH")
echo "$J3" >"$OUT/whatif-parent-index-open.json"
log "what-if index on parent_id, open loop at $RATE2/s: p50/p90/p99 $(jf "$J3" p50_ms)/$(jf "$J3" p90_ms)/$(jf "$J3" p99_ms) ms errors=$(jf "$J3" errors)"
{
  echo "| run | requests in table at start | requests/s | p50 ms | p99 ms | app CPU ms/req | PostgreSQL CPU ms/req | load client CPU ms/req | others' cores |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| as is, $CLIENTS clients | $ROWS0 | $(jf "$J" rps) | $(jf "$J" p50_ms) | $(jf "$J" p99_ms) | $(jf "$J" app_ms_per_req) | $(jf "$J" pg_ms_per_req) | $(jf "$J" loadgen_ms_per_req) | $(jf "$J" other_cores) |"
  echo "| + index on parent_id, $CLIENTS clients | $ROWS2 | $(jf "$J2" rps) | $(jf "$J2" p50_ms) | $(jf "$J2" p99_ms) | $(jf "$J2" app_ms_per_req) | $(jf "$J2" pg_ms_per_req) | $(jf "$J2" loadgen_ms_per_req) | $(jf "$J2" other_cores) |"
  echo "| + index on parent_id, open loop at half that peak ($RATE2/s) | - | $(jf "$J3" rps) | $(jf "$J3" p50_ms) | $(jf "$J3" p99_ms) | $(jf "$J3" app_ms_per_req) | $(jf "$J3" pg_ms_per_req) | $(jf "$J3" loadgen_ms_per_req) | $(jf "$J3" other_cores) |"
} | tee "$OUT/summary.md"
else
  { echo "| run | requests in table at start | requests/s | p50 ms | p99 ms | app CPU ms/req | PostgreSQL CPU ms/req | load client CPU ms/req | others' cores |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    echo "| as is, $CLIENTS clients | $ROWS0 | $(jf "$J" rps) | $(jf "$J" p50_ms) | $(jf "$J" p99_ms) | $(jf "$J" app_ms_per_req) | $(jf "$J" pg_ms_per_req) | $(jf "$J" loadgen_ms_per_req) | $(jf "$J" other_cores) |"
  } | tee "$OUT/summary.md"
fi
log "output in $OUT"
