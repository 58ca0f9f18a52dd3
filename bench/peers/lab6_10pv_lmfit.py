#!/usr/bin/python3
"""Crystallite benchmark peer: the LaB6 10-peak fit of lab6_10pv.fit, in lmfit (Debian python3-lmfit).

Same data (LaB6_d500_si_psd.xye, 20-77.5 deg, 6845 points), same weights (sigma = max(sqrt(y), 1),
fityk's default; the file's esd column is not used), same model (quadratic background a0 + a1*x + a2*x^2
and 10 fityk-style pseudo-Voigts: height, center, hwhm, shape) and the same start values.
The residual is a hand-written numpy function (the fast way to use lmfit); lmfit's leastsq
(MINPACK lmdif) builds the Jacobian by forward differences.

  /usr/bin/python3 lab6_10pv_lmfit.py [DATA.xye] [--bounded] [--repeat N]

--bounded keeps the shape (eta) in [0, 1] and hwhm, height > 0, like Crystallite's default bounds;
without it the fit is unconstrained like fityk's default Levenberg-Marquardt.
Prints the number of points, evaluations, WSSR, the fitted parameters and the time of
minimize() alone (median over --repeat runs; the first run includes nothing but the fit either).
"""
import argparse
import math
import os
import statistics
import sys
import time

import numpy as np
from lmfit import Parameters, minimize

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "..", "..", "shared", "validation", "xrd", "LaB6_d500_si_psd.xye")

# name, start centre (deg 2theta), start height (counts) -- identical to lab6_10pv.fit
PEAKS = [
    ("p100", 21.36, 7880.29), ("p110", 30.38, 14972.54), ("p111", 37.44, 6698.24),
    ("p200", 43.51, 3546.13), ("p210", 48.96, 7880.29), ("p211", 53.99, 3940.14),
    ("p220", 63.22, 1576.06), ("p221", 67.55, 3940.14), ("p310", 71.75, 2758.10),
    ("p311", 75.84, 1733.66),
]
LN2 = math.log(2.0)
# Crystallite's eta = 0.5 is the Lorentzian *area* fraction; fityk's shape is the *height* fraction
# of the same function family: shape = (1/pi) / (1/pi + sqrt(ln2/pi)) for equal areas.
START_SHAPE = 0.403932


def load(path):
    data = np.loadtxt(path)
    x, y = data[:, 0], data[:, 1]
    keep = (x >= 20.0) & (x <= 77.5)
    x, y = x[keep], y[keep]
    sigma = np.sqrt(np.maximum(y, 1.0))
    return x, y, sigma


def start_parameters(bounded):
    p = Parameters()
    p.add("a0", value=97.67731)  # flat start at the lowest y in range, as ModelJson does
    p.add("a1", value=0.0)
    p.add("a2", value=0.0)
    for name, center, height in PEAKS:
        if bounded:
            p.add(name + "_height", value=height, min=0.0)
            p.add(name + "_center", value=center)
            p.add(name + "_hwhm", value=0.05, min=0.0)
            p.add(name + "_shape", value=START_SHAPE, min=0.0, max=1.0)
        else:
            p.add(name + "_height", value=height)
            p.add(name + "_center", value=center)
            p.add(name + "_hwhm", value=0.05)
            p.add(name + "_shape", value=START_SHAPE)
    return p


def model(params, x):
    v = params.valuesdict()
    f = v["a0"] + v["a1"] * x + v["a2"] * x * x
    for name, _, _ in PEAKS:
        # fityk PseudoVoigt: h * ((1 - eta) * exp(-ln2 * u^2) + eta / (1 + u^2)), u = (x - c) / hwhm
        u2 = ((x - v[name + "_center"]) / v[name + "_hwhm"]) ** 2
        eta = v[name + "_shape"]
        f = f + v[name + "_height"] * ((1.0 - eta) * np.exp(-LN2 * u2) + eta / (1.0 + u2))
    return f


def residual(params, x, y, sigma):
    return (y - model(params, x)) / sigma


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data", nargs="?", default=os.environ.get("LAB6_XYE", DEFAULT_DATA))
    ap.add_argument("--bounded", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()

    x, y, sigma = load(args.data)
    times = []
    result = None
    for _ in range(args.repeat):
        params = start_parameters(args.bounded)
        t0 = time.perf_counter()
        result = minimize(residual, params, args=(x, y, sigma), method="leastsq")
        times.append(time.perf_counter() - t0)

    print("points in range:", len(x))
    print("free parameters:", result.nvarys)
    print("evaluations (nfev):", result.nfev)
    print("success:", result.success, "-", result.message)
    print("WSSR: %.6g" % result.chisqr)
    print("WSSR/DoF: %.6g" % result.redchi)
    for name, par in result.params.items():
        print("%-14s %.8g" % (name, par.value))
    print("fit time median (s): %.4f  (min %.4f, max %.4f, runs %d)"
          % (statistics.median(times), min(times), max(times), len(times)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
