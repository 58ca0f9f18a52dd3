package org.crystallite.xrd.lattice;

/**
 * Calculated peak positions: Bragg's law on the cell's d-spacings plus the shift terms,
 * 2θcalc = 2 asin(λ/2d) + Σ pⱼ ∂Δ2θ/∂pⱼ(θ).
 */
record PositionModel(CrystalSystem system, ShiftModel shift, double wavelengthAngstrom) {

    int parameterCount() {
        return system.parameterNames().size() + shift.terms().size();
    }

    /** Bragg angle θ (radians) of a reflection in the cell given by the system parameters. */
    double thetaRad(double[] metric, Reflection r) {
        double q = UnitCell.inverseDSquared(metric, r.hkl());
        double s = wavelengthAngstrom * Math.sqrt(q) / 2;
        return Math.asin(Math.min(1, s));
    }

    /** 2θcalc (degrees) for every reflection at the parameter vector [cell parameters…, shift values…]. */
    double[] twoThetaDeg(double[] p, Reflection[] reflections) {
        int nc = system.parameterNames().size();
        double[] metric = system.cell(java.util.Arrays.copyOf(p, nc)).reciprocalMetric();
        double[] shiftValues = java.util.Arrays.copyOfRange(p, nc, p.length);
        double[] out = new double[reflections.length];
        for (int i = 0; i < out.length; i++) {
            double theta = thetaRad(metric, reflections[i]);
            out[i] = 2 * Math.toDegrees(theta) + shift.shiftDeg(theta, shiftValues);
        }
        return out;
    }

    /** ∂2θcalc/∂pⱼ: central differences for the cell parameters, analytic for the (linear) shift terms. */
    double[][] jacobian(double[] p, Reflection[] reflections) {
        int nc = system.parameterNames().size();
        double[][] jac = new double[reflections.length][p.length];
        for (int j = 0; j < nc; j++) {
            double step = 1e-6 * Math.max(1, Math.abs(p[j]));
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += step;
            down[j] -= step;
            double[] fu = twoThetaDeg(up, reflections);
            double[] fd = twoThetaDeg(down, reflections);
            for (int i = 0; i < reflections.length; i++) {
                jac[i][j] = (fu[i] - fd[i]) / (2 * step);
            }
        }
        double[] metric = system.cell(java.util.Arrays.copyOf(p, nc)).reciprocalMetric();
        java.util.List<ShiftTerm> terms = shift.ordered();
        for (int i = 0; i < reflections.length; i++) {
            double theta = thetaRad(metric, reflections[i]);
            for (int t = 0; t < terms.size(); t++) {
                jac[i][nc + t] = terms.get(t).derivative(theta);
            }
        }
        return jac;
    }
}
