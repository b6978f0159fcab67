#!/usr/bin/env bash
# Runs the JMH benchmarks under src/test/java/com/swopify/slamonitor/bench.
# Arguments go to JMH; without any, the calendar benchmark runs briefly:
#   bench/jmh.sh                                   # CalendarBenchmark -f 1 -wi 2 -i 3 -t 1
#   bench/jmh.sh CalendarBenchmark -f 3 -wi 5 -i 10
#   bench/jmh.sh -h                                # JMH's own options
# Maven runs offline by default (all dependencies are in ~/.m2); set JMH_MAVEN_FLAGS="" to go online.
set -euo pipefail
cd "$(dirname "$0")/.."

maven_flags=${JMH_MAVEN_FLAGS--o}
# The annotation processor writes the generated benchmark classes and META-INF/BenchmarkList.
./mvnw -q $maven_flags test-compile

# The plugin is named in full: a bare `dependency:` prefix needs plugin-group metadata that an
# offline ~/.m2 may lack, and 2.8 is the version whose own dependencies are cached here.
classpath_file=target/jmh-classpath.txt
./mvnw -q $maven_flags org.apache.maven.plugins:maven-dependency-plugin:2.8:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"

if [ "$#" -eq 0 ]; then
  set -- CalendarBenchmark -f 1 -wi 2 -i 3 -t 1
fi
exec java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.openjdk.jmh.Main "$@"
