#!/usr/bin/env bash
# The benchmark: bench/run.sh small|medium|large|province [--remote] (see bench/README.md);
# bench/run.sh report writes RESULTS.md and plot.svg again from the results files.
# Builds the test classes and the classpath, then runs org.yifa.bench.Benchmark, which writes
# bench/results-{size}.json (results-{size}-remote.json with --remote), bench/RESULTS.md and bench/plot.svg;
# scratch data goes to bench/work/{size}[-remote]/.
set -euo pipefail

usage() { echo "usage: bench/run.sh small|medium|large|province [--remote] | report" >&2; exit 2; }

size="${1:-}"
shift || true
remote=()
for arg in "$@"; do
  case "$arg" in
    --remote) remote=(--remote) ;;
    *) usage ;;
  esac
done
# The heap of each size (org.yifa.bench.Size says the same): large and province must fit these (issue 18).
case "$size" in
  small)    heap=2g ;;
  medium)   heap=6g ;;
  large)    heap=3g ;;
  province) heap=6g ;;
  report)   heap=512m ;;
  *) usage ;;
esac

cd "$(dirname "$0")/.."
mkdir -p bench/work

# Offline when the local repository has everything (the usual case), online otherwise.
mvn_flags=(-q -B)
if [ "${BENCH_OFFLINE:-1}" = 1 ]; then mvn_flags+=(-o); fi

# test-compile also copies the Fuseki server's jar to target/fuseki/ (the remote mode runs it).
./mvnw "${mvn_flags[@]}" -DskipTests test-compile
./mvnw "${mvn_flags[@]}" dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/work/classpath.txt

exec java -Xmx"$heap" -XX:+UseG1GC ${BENCH_JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat bench/work/classpath.txt)" \
  org.yifa.bench.Benchmark "$size" "${remote[@]}"
