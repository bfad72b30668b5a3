#!/usr/bin/env bash
# Import / export benchmark: generate ROWS synthetic requests (NYC portal export format), import them with the
# shipped nyc311-export mapping, \copy the same file into an all-text staging table with psql (the limit),
# export the open data CSV. All against one PostgreSQL: the embedded one of a `serve` node started here.
#
#   bench/import/run.sh [ROWS] [RUNS]        defaults: 1000000 rows, 1 run (each run on a fresh database)
#
# Needs target/onecity.jar (mvn -B package -DskipTests), psql and /usr/bin/time. Work files go to $BENCH_DIR
# (default: a new directory under /tmp); JAVA_OPTS defaults to -Xmx512m so a flat heap shows constant memory;
# SERVE_OPTS are extra arguments of the serve node, e.g. --onecity.embedded-database.server.shared_buffers=1GB.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
RUNS=${2:-1}
JAR=${JAR:-target/onecity.jar}
SERVE_OPTS=${SERVE_OPTS:-}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/onecity-import-bench.XXXXXX)}
mkdir -p "$WORK"
[ -f "$JAR" ] || mvn -B -q package -DskipTests
echo "work dir $WORK, $ROWS rows, $RUNS run(s), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

GEN="$WORK/generated.csv"
/usr/bin/time -f "%e %M" -o "$WORK/gen.time" java $JAVA_OPTS -jar "$JAR" generate --rows "$ROWS" --seed 311 \
    --output "$GEN" --onecity.data-dir="$WORK/gen-data" >"$WORK/gen.log" 2>&1
read -r GEN_WALL GEN_RSS <"$WORK/gen.time"
GEN_RATE=$(grep -o "in [0-9.]* s ([0-9,]* rows/s)" "$WORK/gen.log" | grep -o "([0-9,]*" | tr -d '(,')
echo "generate: $(du -h "$GEN" | cut -f1) in ${GEN_WALL}s wall, ${GEN_RATE} rows/s, peak RSS $((GEN_RSS / 1024)) MB"

COLS=$(head -1 "$GEN" | python3 -c "import sys; print(', '.join('c%d text' % i for i in range(len(sys.stdin.read().split(',')))))")
RESULTS="$WORK/results.tsv"
printf "run\timport_rows_s\timport_wall_s\timport_rss_mb\tcopy_rows_s\tratio\texport_rows_s\texport_rss_mb\n" >"$RESULTS"

for run in $(seq 1 "$RUNS"); do
    DATA="$WORK/run$run"
    java $JAVA_OPTS -jar "$JAR" serve --server.port=0 --onecity.data-dir="$DATA" $SERVE_OPTS >"$WORK/serve$run.log" 2>&1 &
    SERVE=$!
    trap 'kill $SERVE 2>/dev/null || true' EXIT
    for _ in $(seq 1 180); do grep -q "Started OneCity" "$WORK/serve$run.log" && break; sleep 1; done
    PG=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$WORK/serve$run.log" | grep -o "[0-9]*$")
    URL="jdbc:postgresql://localhost:$PG/onecity"
    DB=(--onecity.data-dir="$DATA" --spring.datasource.url="$URL" --spring.datasource.username=postgres)

    /usr/bin/time -f "%e %M" -o "$WORK/import$run.time" java $JAVA_OPTS -jar "$JAR" import --mapping nyc311-export \
        "$GEN" --source "bench$run" "${DB[@]}" >"$WORK/import$run.log" 2>"$WORK/import$run.err"
    read -r IMP_WALL IMP_RSS <"$WORK/import$run.time"
    IMP_RATE=$(grep -o "([^)]*)  [0-9,]* rows/s" "$WORK/import$run.log" | grep -o "[0-9,]* rows/s" | tr -d ', rows/')
    grep -E "read [0-9,]+" "$WORK/import$run.log" | head -1

    psql -h localhost -p "$PG" -U postgres -d onecity -q -c "drop table if exists bench_stage" \
        -c "create table bench_stage ($COLS)"
    COPY_MS=$(psql -h localhost -p "$PG" -U postgres -d onecity -c '\timing on' \
        -c "\\copy bench_stage from '$GEN' with (format csv, header true)" | grep -o "Time: [0-9.]*" | grep -o "[0-9.]*$")
    COPY_RATE=$(python3 -c "print(round($ROWS / ($COPY_MS / 1000)))")

    /usr/bin/time -f "%e %M" -o "$WORK/export$run.time" java $JAVA_OPTS -jar "$JAR" export --format nyc-csv \
        --output "$WORK/export$run.csv" "${DB[@]}" >"$WORK/export$run.log" 2>&1
    read -r EXP_WALL EXP_RSS <"$WORK/export$run.time"
    EXP_RATE=$(grep -o "s ([0-9,]* rows/s" "$WORK/export$run.log" | grep -o "[0-9,]* rows" | tr -d ', rows')

    kill "$SERVE"; wait "$SERVE" 2>/dev/null || true
    RATIO=$(python3 -c "print(round($IMP_RATE / $COPY_RATE, 3))")
    printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$run" "$IMP_RATE" "$IMP_WALL" "$((IMP_RSS / 1024))" "$COPY_RATE" "$RATIO" \
        "$EXP_RATE" "$((EXP_RSS / 1024))" >>"$RESULTS"
    echo "run $run: import $IMP_RATE rows/s (${IMP_WALL}s wall incl. JVM start, RSS $((IMP_RSS / 1024)) MB)," \
        "psql \\copy $COPY_RATE rows/s, ratio $RATIO, export $EXP_RATE rows/s (RSS $((EXP_RSS / 1024)) MB)"
    rm -rf "$DATA"
done

python3 - "$RESULTS" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
for k in ["import_rows_s", "copy_rows_s", "ratio", "export_rows_s", "import_rss_mb", "export_rss_mb"]:
    print(f"median {k}: {statistics.median(float(r[k]) for r in rows):g}")
PY
