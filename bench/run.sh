#!/usr/bin/env bash
# The benchmark: bench/run.sh small|medium|large (see bench/README.md);
# bench/run.sh report writes RESULTS.md and plot.svg again from the results files.
# Builds the test classes and the classpath, then runs org.yifa.bench.Benchmark, which writes
# bench/results-{size}.json, bench/RESULTS.md and bench/plot.svg; scratch data goes to bench/work/.
set -euo pipefail

size="${1:-}"
case "$size" in
  small)  heap=2g ;;
  medium) heap=6g ;;
  large)  heap=12g ;;
  report) heap=512m ;;
  *) echo "usage: bench/run.sh small|medium|large|report" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
mkdir -p bench/work

# Offline when the local repository has everything (the usual case), online otherwise.
mvn_flags=(-q -B)
if [ "${BENCH_OFFLINE:-1}" = 1 ]; then mvn_flags+=(-o); fi

./mvnw "${mvn_flags[@]}" -DskipTests test-compile
./mvnw "${mvn_flags[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt

exec java -Xmx"$heap" -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat bench/work/classpath.txt)" \
  org.yifa.bench.Benchmark "$size"
