#!/usr/bin/env bash
# Where an import's time goes: JFR execution samples of the importing JVM and pg_stat_statements of the
# PostgreSQL it writes to, for one import of a generated NYC-export file.
#
#   bench/import/profile.sh [ROWS]        default 200000 rows; output in $BENCH_DIR (default a new /tmp dir)
#
# Needs target/onecity.jar, psql and jfr (JDK). The database is a throw-away `serve` node's embedded one,
# restarted once with pg_stat_statements preloaded.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-200000}
JAR=${JAR:-target/onecity.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/onecity-import-profile.XXXXXX)}
mkdir -p "$WORK"
GEN="$WORK/generated-$ROWS.csv"
[ -f "$GEN" ] || java $JAVA_OPTS -jar "$JAR" generate --rows "$ROWS" --seed 311 --output "$GEN" \
    --onecity.data-dir="$WORK/gen-data" >"$WORK/gen.log" 2>&1
DATA="$WORK/data"
rm -rf "$DATA"
SERVE=
start() {
    java $JAVA_OPTS -jar "$JAR" serve --server.port=0 --onecity.data-dir="$DATA" >"$WORK/serve-$1.log" 2>&1 &
    SERVE=$!
    for _ in $(seq 1 180); do grep -q "Started OneCity" "$WORK/serve-$1.log" && break; sleep 1; done
    PG=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$WORK/serve-$1.log" | grep -o "[0-9]*$")
}
trap 'kill $SERVE 2>/dev/null || true' EXIT
q() { psql -h localhost -p "$PG" -U postgres -d onecity -v ON_ERROR_STOP=1 -qAt "$@"; }
start first
q -c "alter system set shared_preload_libraries = 'pg_stat_statements'" -c "alter system set pg_stat_statements.track = 'all'"
kill "$SERVE"; wait "$SERVE" 2>/dev/null || true
start profiled
q -c "create extension if not exists pg_stat_statements" -c "select pg_stat_statements_reset()" >/dev/null
PGPID=$(head -1 "$DATA/postgres/postmaster.pid")
# CPU clock ticks of the PostgreSQL server: the postmaster, its live children and (cutime/cstime) the
# children it has reaped, i.e. the import's backends after they ended.
pgcpu() {
    local own live
    own=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$PGPID/stat")
    live=$(for c in $(cat /proc/"$PGPID"/task/*/children 2>/dev/null); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null; done | awk '{s+=$1} END {print s+0}')
    echo $(( own + live ))
}
HZ=$(getconf CLK_TCK)
CPU0=$(pgcpu)
/usr/bin/time -f "%e %U %S %M" -o "$WORK/import.time" java $JAVA_OPTS \
    -XX:StartFlightRecording=filename="$WORK/import.jfr",settings=profile -jar "$JAR" import --mapping nyc311-export \
    "$GEN" --source prof --onecity.data-dir="$DATA" --spring.datasource.url="jdbc:postgresql://localhost:$PG/onecity" \
    --spring.datasource.username=postgres >"$WORK/import.log" 2>"$WORK/import.err" &
TIMEPID=$!
# The importing JVM's CPU ticks every 0.1 s, to split start-up (until the district layers are indexed) from the import.
JPID=
for _ in $(seq 1 100); do JPID=$(pgrep -P "$TIMEPID" java || true); [ -n "$JPID" ] && break; sleep 0.05; done
[ -n "$JPID" ] && python3 - "$JPID" "$WORK" <<'PY'
import glob, os, sys, time
pid, work = sys.argv[1], sys.argv[2]
def ticks(stat):
    f = stat[stat.rindex(")") + 2:].split()
    return int(f[11]) + int(f[12])
with open(work + "/jvm-cpu.txt", "w") as out:
    while True:
        try:
            now = time.time()
            total = ticks(open(f"/proc/{pid}/stat").read())
            per = []
            for t in glob.glob(f"/proc/{pid}/task/*"):
                try:
                    per.append((open(t + "/comm").read().strip(), ticks(open(t + "/stat").read())))
                except OSError:
                    pass
        except OSError:
            break
        out.write(f"{now} {total}\n")
        if sum(v for _, v in per) >= total // 2:  # else the JVM is exiting: keep the last whole snapshot
            with open(work + "/jvm-threads.tmp", "w") as th:
                th.writelines(f"{n}|{v}\n" for n, v in per)
            os.replace(work + "/jvm-threads.tmp", work + "/jvm-threads.txt")
        time.sleep(0.1)
PY
wait "$TIMEPID"
PGTICKS=$(( $(pgcpu) - CPU0 ))
echo "import (wall user sys rss): $(cat "$WORK/import.time")"; grep -E "rows/s" "$WORK/import.log" | head -1
python3 - "$WORK" "$ROWS" "$PGTICKS" "$HZ" <<'PY' | tee "$WORK/cpu.txt"
import datetime, re, sys
work, rows, pg, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
samples = [(float(a), int(b)) for a, b in (l.split() for l in open(work + "/jvm-cpu.txt") if len(l.split()) == 2)]
ready = None
for line in open(work + "/import.log"):
    if "Indexed" in line and "district layers" in line:
        ready = datetime.datetime.fromisoformat(line.split()[0].replace("Z", "+00:00")).timestamp()
total = samples[-1][1]
start = max((t for s, t in samples if s <= ready), default=0) if ready else 0
print(f"PostgreSQL CPU {pg / hz:.2f} s = {pg / hz / rows * 1e6:.1f} us/row")
threads = {}
for line in open(work + "/jvm-threads.txt"):
    name, _, ticks = line.strip().rpartition("|")
    if ticks.isdigit():
        key = re.sub(r"[0-9]+", "N", name)
        threads[key] = threads.get(key, 0) + int(ticks)
print("JVM CPU by thread (s, whole run):", ", ".join(f"{k} {v / hz:.2f}" for k, v in
      sorted(threads.items(), key=lambda kv: -kv[1]) if v >= hz / 10))
print(f"JVM CPU {total / hz:.2f} s, start-up {start / hz:.2f} s, import phase {(total - start) / hz:.2f} s = "
      f"{(total - start) / hz / rows * 1e6:.1f} us/row")
PY
q -F $'\t' -c "select round(total_exec_time::numeric / 1000, 2) as s, calls, round(mean_exec_time::numeric, 2) as ms,
    rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110)
    from pg_stat_statements order by total_exec_time desc limit 15" | tee "$WORK/statements.tsv"
jfr print --stack-depth 64 --events jdk.ExecutionSample "$WORK/import.jfr" >"$WORK/samples.txt"
python3 - "$WORK/samples.txt" <<'PY' | tee "$WORK/hot.txt"
import collections, re, sys
text = open(sys.argv[1]).read()
events = text.split("jdk.ExecutionSample")
top, thread_of, incl = collections.Counter(), collections.Counter(), collections.Counter()
for e in events[1:]:
    t = re.search(r'sampledThread = "([^"]*)"', e)
    frames = re.findall(r'^\s+([\w$.<>/]+)\(', e, re.M)
    if not frames:
        continue
    name = re.sub(r'\d+', 'N', t.group(1) if t else "?")
    thread_of[name] += 1
    top[frames[0]] += 1
    for f in set(frames):
        if f.startswith("org.onecity") or f.startswith("org.postgresql") or f.startswith("org.apache.commons.csv") \
                or f.startswith("org.locationtech") or f.startswith("java.time") or f.startswith("tools.jackson"):
            incl[f] += 1
n = sum(thread_of.values())
print(f"{n} samples by thread:", ", ".join(f"{k} {v * 100 // n}%" for k, v in thread_of.most_common(8)))
print("top frames:")
for k, v in top.most_common(25):
    print(f"  {v * 100 / n:5.1f}%  {k}")
print("inclusive (selected packages):")
for k, v in incl.most_common(40):
    print(f"  {v * 100 / n:5.1f}%  {k}")
PY
echo "output in $WORK"
