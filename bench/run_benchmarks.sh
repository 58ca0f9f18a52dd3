#!/usr/bin/env bash
# Runs the whole speed comparison of BENCHMARKS.md in one session, one tool after the other:
# the machine description, the JMH benchmarks, the fit summary (evaluations, WSSR), then the peer
# scripts (fityk, lmfit) on the same fits. Output goes to stdout and to DIR (default: a new folder
# under bench/target); nothing else is written.
#
# Usage, from the repository root after `mvn -B -q package -pl bench -am -DskipTests`:
#   bench/run_benchmarks.sh [DIR]
# Environment: CRYSTALLITE_VALIDATION = folder holding xrd/ (default ../shared/validation);
#   JMH_ARGS = extra JMH options (e.g. "-f 1 -wi 2 -i 3" for a quick look; not for BENCHMARKS.md).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/bench/target/benchmarks.jar"
VALIDATION=${CRYSTALLITE_VALIDATION:-$ROOT/../shared/validation}
OUT=${1:-$ROOT/bench/target/run-$(date -u +%Y%m%dT%H%M%SZ)}
[ -f "$JAR" ] || { echo "run_benchmarks.sh: $JAR missing; build it with mvn -B -q package -pl bench -am -DskipTests" >&2; exit 2; }
[ -d "$VALIDATION/xrd" ] || { echo "run_benchmarks.sh: no validation data at $VALIDATION (set CRYSTALLITE_VALIDATION)" >&2; exit 2; }
VALIDATION=$(cd "$VALIDATION" && pwd)
export CRYSTALLITE_VALIDATION=$VALIDATION
mkdir -p "$OUT"

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
    echo "host cpus (nproc): $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "kernel: $(uname -sr)"
    echo "java: $(java -version 2>&1 | sed -n 2p)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
} | tee "$OUT/machine.txt"

echo; echo "### JMH"
# shellcheck disable=SC2086
java -Dcrystallite.validation="$VALIDATION" -jar "$JAR" ${JMH_ARGS:-} -rf json -rff "$OUT/jmh.json" 2>&1 \
    | tee "$OUT/jmh.txt" | sed -n '/^Benchmark /,$p'
echo "load average after JMH: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"

echo; echo "### Fit summary (evaluations, WSSR, fitted values)"
java -Dcrystallite.validation="$VALIDATION" -cp "$JAR" org.crystallite.bench.FitSummary | tee "$OUT/fit-summary.txt"
java -Dcrystallite.validation="$VALIDATION" -cp "$JAR" org.crystallite.bench.XrdFitSummary | tee "$OUT/xrd-fit-summary.txt"

echo; echo "### fityk"
"$ROOT/bench/peers/run_fityk.sh" | tee "$OUT/fityk.txt"
"$ROOT/bench/peers/run_fityk_repeated.sh" | tee "$OUT/fityk-repeated.txt"

echo; echo "### lmfit"
if /usr/bin/python3 -c 'import lmfit' 2>/dev/null; then
    "$ROOT/bench/peers/run_lmfit.sh" | tee "$OUT/lmfit.txt"
else
    echo "lmfit not installed (apt-get install python3-lmfit); skipped" | tee "$OUT/lmfit.txt"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
echo; echo "results in $OUT"
