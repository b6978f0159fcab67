#!/usr/bin/env bash
# Runs the JMH benchmarks under src/test/java/com/swopify/slamonitor/bench.
# Arguments go to JMH; without any, the calendar benchmark runs briefly:
#   bench/jmh.sh                                   # CalendarBenchmark -f 1 -wi 2 -i 3 -t 1
#   bench/jmh.sh CalendarBenchmark -f 3 -wi 5 -i 10
#   bench/jmh.sh -h                                # JMH's own options
# Maven runs offline by default (all dependencies are in ~/.m2); set BENCH_MAVEN_FLAGS="" to go online.
set -euo pipefail
cd "$(dirname "$0")/.."

classpath=$(bench/test-classpath.sh)
if [ "$#" -eq 0 ]; then
  set -- CalendarBenchmark -f 1 -wi 2 -i 3 -t 1
fi
exec java -cp "$classpath" org.openjdk.jmh.Main "$@"
