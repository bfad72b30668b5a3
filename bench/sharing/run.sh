#!/usr/bin/env bash
# The sharing benchmark: outbox throughput (webhook, embedded Kafka) and the overhead of field
# encryption and release decisions on requester reads, as ratios measured in one run.
# Writes bench/sharing/RESULTS.md. Options: BENCH_EVENTS (default 2000), BENCH_READS (default 2000).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q test -Dtest=SharingBench -Dsurefire.failIfNoSpecifiedTests=false \
    -Dbench.events="${BENCH_EVENTS:-2000}" -Dbench.reads="${BENCH_READS:-2000}" \
    -DargLine="-Dbench.events=${BENCH_EVENTS:-2000} -Dbench.reads=${BENCH_READS:-2000}"
cat bench/sharing/RESULTS.md
