#!/usr/bin/env bash
# Times fityk's fit of lab6_10doublets.fit (ten Cu Ka doublet windows, a few ms in all) more finely
# than run_fityk.sh can: the whole-process difference (script with and without `fit`) of one fit is
# below the jitter of fityk's 40-60 ms start-up. Here the data are loaded once and the model
# definitions (variables with their start values, functions, F) followed by `@*: fit` are repeated
# REPEATS times in one process, so every repetition starts from the same values; the same script
# without the fits gives the set-up cost. Per fit = (median whole - median set-up) / REPEATS.
#
# Usage: bench/peers/run_fityk_repeated.sh [REPEATS] [RUNS]     (defaults 20 and 30)
# Environment: CRYSTALLITE_VALIDATION as for run_fityk.sh. Nothing is written outside a temporary folder.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
VALIDATION=${CRYSTALLITE_VALIDATION:-$HERE/../../../shared/validation}
REPEATS=${1:-20}
RUNS=${2:-30}
PY=/usr/bin/python3
for tool in cfityk hyperfine "$PY"; do
    command -v "$tool" >/dev/null || { echo "run_fityk_repeated.sh: $tool not found (apt-get install fityk hyperfine python3)" >&2; exit 2; }
done
[ -d "$VALIDATION/xrd" ] || { echo "run_fityk_repeated.sh: no validation data at $VALIDATION/xrd (set CRYSTALLITE_VALIDATION)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
sed "s#_SCRIPT_DIR_/../../../shared/validation#$VALIDATION#" "$HERE/lab6_10doublets.fit" >"$WORK/single.fit"

"$PY" - "$WORK/single.fit" "$REPEATS" "$WORK/whole.fit" "$WORK/setup.fit" <<'PY'
import sys
lines = [l for l in open(sys.argv[1]).read().splitlines() if l and not l.startswith('#')]
repeats = int(sys.argv[2])
# loading and ranges once; model definitions (everything else but fit/info/print) once per repetition
load = [l for l in lines if ' < ' in l or ': A = ' in l]
model = [l for l in lines if l not in load and 'fit' not in l.split(':')[-1] and 'info ' not in l and 'print ' not in l]
for path, with_fit in ((sys.argv[3], True), (sys.argv[4], False)):
    with open(path, 'w') as out:
        out.write('\n'.join(load) + '\n')
        for _ in range(repeats):
            out.write('\n'.join(model) + '\n')
            if with_fit:
                out.write('@*: fit\n')
PY

echo "fityk: $(dpkg-query -W -f='${Version}' fityk 2>/dev/null || echo unknown), $REPEATS repetitions of the ten-window fit per process, $RUNS runs"
echo "date: $(date -u '+%Y-%m-%d %H:%M:%S UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"
cfityk -n "$WORK/whole.fit" >"$WORK/whole.out" 2>&1
# every repetition must reach the same minimum from the same start: first and last repetition, ten windows each
for which in head tail; do
    grep -E '^WSSR: ' "$WORK/whole.out" | "$which" -10 | awk -v w="$which" '{s += $2} END {printf "%s repetition: WSSR sum over the ten windows %.6g\n", (w == "head" ? "first" : "last"), s}'
    grep -E 'evaluations,' "$WORK/whole.out" | "$which" -10 | awk '{e += $2} END {printf "  evaluations %d\n", e}'
done
hyperfine -N --style basic --warmup 3 --runs "$RUNS" --export-json "$WORK/times.json" \
    "cfityk -n $WORK/whole.fit" "cfityk -n $WORK/setup.fit" >/dev/null
"$PY" - "$WORK/times.json" "$REPEATS" <<'PY'
import json, statistics, sys
whole, setup = json.load(open(sys.argv[1]))["results"]
n = int(sys.argv[2])
dw = statistics.median(whole["times"]) - statistics.median(setup["times"])
dc = (whole["user"] + whole["system"]) - (setup["user"] + setup["system"])
print("per ten-window fit: wall %.2f ms (medians %.1f - %.1f ms, / %d), CPU %.2f ms (mean user+sys %.1f - %.1f ms, / %d)"
      % (dw / n * 1e3, statistics.median(whole["times"]) * 1e3, statistics.median(setup["times"]) * 1e3, n,
         dc / n * 1e3, (whole["user"] + whole["system"]) * 1e3, (setup["user"] + setup["system"]) * 1e3, n))
PY
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
