#!/usr/bin/env bash
# The big run: generate ROWS (default 10M), import, psql \copy of the same file into an all-text table
# (the limit), export, re-import the same file (idempotent: all unchanged); wall time, rows/s and peak RSS of each step in $BENCH_DIR/log. Needs target/onecity.jar, psql,
# /usr/bin/time and ~30 GB of disk at 10M rows (3.8 GB CSV, 14 GB database, the export is deleted after).
#
#   bench/import/big.sh [ROWS]
set -u
cd "$(dirname "$0")/../.."
W=${BENCH_DIR:-$(mktemp -d /tmp/onecity-import-big.XXXXXX)}; mkdir -p "$W"
JAR=$W/onecity.jar; cp target/onecity.jar "$JAR"
ROWS=${1:-10000000}
echo "start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" > $W/log
/usr/bin/time -f "%e %M" -o $W/gen.time java -Xmx512m -jar $JAR generate --rows $ROWS --seed 311 --output $W/gen.csv --onecity.data-dir=$W/gen-data > $W/gen.log 2>&1
echo "generate $(cat $W/gen.time) $(grep -o 'in [0-9.]* s ([0-9,]* rows/s)' $W/gen.log) $(du -h $W/gen.csv | cut -f1)" >> $W/log
java -Xmx512m -jar $JAR serve --server.port=0 --onecity.data-dir=$W/data > $W/serve.log 2>&1 &
SERVE=$!; echo $SERVE > $W/serve.pid
for _ in $(seq 1 240); do grep -q "Started OneCity" $W/serve.log && break; sleep 1; done
PG=$(grep -o "Embedded PostgreSQL on port [0-9]*" $W/serve.log | grep -o "[0-9]*$")
DB="--onecity.data-dir=$W/data --spring.datasource.url=jdbc:postgresql://localhost:$PG/onecity --spring.datasource.username=postgres"
echo "import start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $W/log
/usr/bin/time -f "%e %M" -o $W/import.time java -Xmx512m -jar $JAR import --mapping nyc311-export $W/gen.csv --source big $DB > $W/import.log 2> $W/import.err
echo "import $(cat $W/import.time) $(grep -E 'read [0-9,]+' $W/import.log | head -1)" >> $W/log
# The limit: psql \copy of the same file into an all-text staging table (one text column per header column).
COLS=$(head -1 $W/gen.csv | python3 -c "import sys; print(', '.join('c%d text' % i for i in range(len(sys.stdin.read().split(',')))))")
psql -h localhost -p $PG -U postgres -d onecity -q -c "drop table if exists bench_stage" -c "create table bench_stage ($COLS)"
COPY_MS=$(psql -h localhost -p $PG -U postgres -d onecity -c '\timing on' \
    -c "\\copy bench_stage from '$W/gen.csv' with (format csv, header true)" | grep -o "Time: [0-9.]*" | grep -o "[0-9.]*$")
echo "copy $COPY_MS ms $(python3 -c "print(round($ROWS / ($COPY_MS / 1000)))") rows/s" >> $W/log
psql -h localhost -p $PG -U postgres -d onecity -q -c "drop table bench_stage"
echo "export start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $W/log
/usr/bin/time -f "%e %M" -o $W/export.time java -Xmx512m -jar $JAR export --format nyc-csv --output $W/export.csv $DB > $W/export.log 2>&1
echo "export $(cat $W/export.time) $(grep -o 's ([0-9,]* rows/s' $W/export.log | tail -1) $(du -h $W/export.csv | cut -f1)" >> $W/log
rm -f $W/export.csv
echo "reimport start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $W/log
/usr/bin/time -f "%e %M" -o $W/reimport.time java -Xmx512m -jar $JAR import --mapping nyc311-export $W/gen.csv --source big $DB > $W/reimport.log 2> $W/reimport.err
echo "reimport $(cat $W/reimport.time) $(grep -E 'read [0-9,]+' $W/reimport.log | head -1)" >> $W/log
psql -h localhost -p $PG -U postgres -d onecity -Atc "select count(*), pg_size_pretty(pg_total_relation_size('requests.service_request')), pg_size_pretty(pg_total_relation_size('requests.history')) from requests.service_request where source='big'" >> $W/log
kill $SERVE; wait $SERVE
echo "end $(date -u +%T)" >> $W/log
