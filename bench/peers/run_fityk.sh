#!/usr/bin/env bash
# Times fityk (cfityk, Debian package fityk 1.3.2) on the benchmark fits of bench/:
#   lab6_10pv          LaB6 D500, 20-77.5 deg, 10 pseudo-Voigt + quadratic, fityk's default L-M (unbounded)
#   lab6_10pv_bounded  the same with eta in [0,1], height/hwhm >= 0 (fityk's MPFIT, the only bounded L-M)
#   nacl01_gauss       nacl01.dat, 23-26 deg, one Gaussian (fityk's own minimal example)
#   lab6_10doublets    LaB6 D500, the 10 reflections of 20-77.5 deg as Cu Ka1/Ka2 pseudo-Voigt doublets,
#                      one window (dataset) and one 6-parameter fit each, as XrdPeakFitter fits them
#
# Usage: bench/peers/run_fityk.sh [RUNS]        (RUNS defaults to 30)
# Environment: CRYSTALLITE_VALIDATION = folder holding xrd/ (default: ../shared/validation next to the
# checkout, as in the design guide).
#
# For each script it reports
#   - points, evaluations and WSSR as printed by fityk;
#   - the fit alone: median of fityk's own "x s. of CPU time" over RUNS processes (10 ms resolution), and
#     the wall-clock difference of the hyperfine medians of the whole script and of the same script
#     without its `fit` command (load + model set-up only);
#   - the whole process: hyperfine median wall-clock of `cfityk -n script` (load, set-up, fit, output).
# Nothing is written outside a temporary folder.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
VALIDATION=${CRYSTALLITE_VALIDATION:-$HERE/../../../shared/validation}
RUNS=${1:-30}
PY=/usr/bin/python3

for tool in cfityk hyperfine "$PY"; do
    command -v "$tool" >/dev/null || { echo "run_fityk.sh: $tool not found (apt-get install fityk hyperfine python3)" >&2; exit 2; }
done
[ -d "$VALIDATION/xrd" ] || { echo "run_fityk.sh: no validation data at $VALIDATION/xrd (set CRYSTALLITE_VALIDATION)" >&2; exit 2; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "fityk: $(dpkg-query -W -f='${Version}' fityk 2>/dev/null || echo unknown), hyperfine: $(hyperfine --version)"
echo "validation data: $VALIDATION, runs: $RUNS, date: $(date -u '+%Y-%m-%d %H:%M UTC'), load: $(cut -d' ' -f1-3 /proc/loadavg)"

for name in lab6_10pv lab6_10pv_bounded nacl01_gauss lab6_10doublets; do
    full="$WORK/$name.fit"
    setup="$WORK/$name.setup.fit"
    sed "s#_SCRIPT_DIR_/../../../shared/validation#$VALIDATION#" "$HERE/$name.fit" >"$full"
    sed -e '/^\(@\*: \)\{0,1\}fit$/d' -e '/^\(@\*: \)\{0,1\}info fit$/d' "$full" >"$setup"

    echo
    echo "== $name"
    cfityk -n "$full" >"$WORK/$name.out" 2>&1
    grep -E '^points in range:|^window [0-9]+ points:|evaluations|^WSSR=' "$WORK/$name.out"
    # a script with several fits (one per window) reports each: give the totals too
    awk '/evaluations,/ {n++; e += $2} /^WSSR=/ {sub("WSSR=", "", $1); w += $1} END {if (n > 1)
        printf "total over %d fits: %d evaluations, WSSR %.6g\n", n, e, w}' "$WORK/$name.out"

    cpu="$WORK/$name.cpu"
    : >"$cpu"
    for _ in $(seq "$RUNS"); do
        cfityk -n "$full" 2>&1 | sed -n 's/.*evaluations, \([0-9.]*\) s\. of CPU time.*/\1/p' \
            | awk '{s += $1} END {print s}' >>"$cpu"
    done

    hyperfine -N --style basic --warmup 3 --runs "$RUNS" \
        --export-json "$WORK/$name.json" "cfityk -n $full" "cfityk -n $setup" >/dev/null

    "$PY" - "$WORK/$name.json" "$cpu" <<'EOF'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
whole, setup = (statistics.median(r["times"]) for r in results)
cpu = [float(v) for v in open(sys.argv[2]).read().split()]
print("fit alone, fityk CPU time: median %.3f s (min %.2f, max %.2f, %d runs)"
      % (statistics.median(cpu), min(cpu), max(cpu), len(cpu)))
if whole - setup < 0.002:
    print("fit alone, wall (whole - setup medians): below the 2 ms resolution of process timing")
else:
    print("fit alone, wall (whole - setup medians): %.3f s" % (whole - setup))
print("whole process: median %.3f s (setup without fit: %.3f s)" % (whole, setup))
EOF
done
