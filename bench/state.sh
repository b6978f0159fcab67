#!/usr/bin/env bash
# State figures with heap and RocksDB state (docs/benchmarks.md): checkpoint bytes per open
# thread, checkpoint and restore time, from the reply-SLA operator in Flink's test harness. The
# RocksDB backend is a test-scope dependency (a Flink cluster brings its own), hence a script:
#   bench/state.sh                                   # 10^4, 10^5, 10^6 threads, every setup
#   bench/state.sh 100000 rocksdb                    # threads,... and setups,...: hashmap,
#                                                    #   hashmap_snappy (compressed), rocksdb
#   bench/state.sh --bench [bench options]           # the bench command, RocksDB on the classpath
# JAVA_OPTS is passed to java (default -Xmx8g: a million threads of heap state take about 5 GB).
set -euo pipefail
cd "$(dirname "$0")/.."

classpath=$(bench/test-classpath.sh)
java_opts=${JAVA_OPTS--Xmx8g}
if [ "${1:-}" = "--bench" ]; then
  shift
  # shellcheck disable=SC2086
  exec java $java_opts -cp "$classpath" com.swopify.slamonitor.cli.Main bench "$@"
fi
# shellcheck disable=SC2086
exec java $java_opts -cp "$classpath" com.swopify.slamonitor.bench.StateBench "$@"
