package org.crystallite.spectrum.fit;

/**
 * A fitted parameter value with its standard error. σ is the square root of the covariance
 * diagonal scaled by √χ²ν (as fityk, lmfit and CasaXPS report it); it is NaN for fixed
 * parameters. Tied parameters carry the σ of their driving parameter times the tie factor.
 */
public record ParameterEstimate(String name, double value, double sigma, Status status, boolean atBound) {

    /** How the fitter treated the parameter. */
    public enum Status { FREE, FIXED, TIED }
}
