#!/usr/bin/env bash
# Compiles the tests and prints the classpath to run test-scope tools with (JMH, StateBench):
# target/test-classes, target/classes and every dependency, the test-scope ones included.
# Maven runs offline by default (all dependencies are in ~/.m2); set BENCH_MAVEN_FLAGS="" to go online.
set -euo pipefail
cd "$(dirname "$0")/.."

maven_flags=${BENCH_MAVEN_FLAGS--o}
# The annotation processor writes the generated benchmark classes and META-INF/BenchmarkList.
./mvnw -q $maven_flags test-compile >&2

# The plugin is named in full: a bare `dependency:` prefix needs plugin-group metadata that an
# offline ~/.m2 may lack, and 2.8 is the version whose own dependencies are cached here.
classpath_file=target/test-classpath.txt
./mvnw -q $maven_flags org.apache.maven.plugins:maven-dependency-plugin:2.8:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file" >&2

echo "target/test-classes:target/classes:$(cat "$classpath_file")"
