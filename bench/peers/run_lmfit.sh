#!/usr/bin/env bash
# Times lmfit (Debian python3-lmfit 1.1.0) on the LaB6 10-peak fit (lab6_10pv_lmfit.py), unbounded
# (like fityk's default L-M) and bounded (eta in [0,1], like Crystallite's defaults).
#
# Usage: bench/peers/run_lmfit.sh [RUNS]        (RUNS defaults to 5; one fit takes about a second)
# Environment: CRYSTALLITE_VALIDATION as in run_fityk.sh.
#
# Reports the fit alone (median of minimize() over RUNS fits in one process, timed inside the
# script) and the whole process (hyperfine median of `python3 lab6_10pv_lmfit.py`, one fit each).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
VALIDATION=${CRYSTALLITE_VALIDATION:-$HERE/../../../shared/validation}
RUNS=${1:-5}
PY=/usr/bin/python3
DATA="$VALIDATION/xrd/LaB6_d500_si_psd.xye"

command -v hyperfine >/dev/null || { echo "run_lmfit.sh: hyperfine not found" >&2; exit 2; }
"$PY" -c 'import lmfit' 2>/dev/null || { echo "run_lmfit.sh: lmfit not importable by $PY (apt-get install python3-lmfit)" >&2; exit 2; }
[ -f "$DATA" ] || { echo "run_lmfit.sh: $DATA not found (set CRYSTALLITE_VALIDATION)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "lmfit: $("$PY" -c 'import lmfit, numpy, scipy; print(lmfit.__version__, "numpy", numpy.__version__, "scipy", scipy.__version__)')"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"

for variant in "" "--bounded"; do
    echo
    echo "== lab6_10pv_lmfit ${variant:-(unbounded)}"
    "$PY" "$HERE/lab6_10pv_lmfit.py" "$DATA" $variant --repeat "$RUNS" | grep -Ev '^(a[0-2]|p[0-9]{3}_)'
    hyperfine -N --style basic --warmup 1 --runs "$RUNS" --export-json "$WORK/whole.json" \
        "$PY $HERE/lab6_10pv_lmfit.py $DATA $variant" >/dev/null
    "$PY" -c 'import json, statistics, sys; r = json.load(open(sys.argv[1]))["results"][0]; print("whole process: median %.3f s (%d runs)" % (statistics.median(r["times"]), len(r["times"])))' "$WORK/whole.json"
done
