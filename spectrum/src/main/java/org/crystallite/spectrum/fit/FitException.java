package org.crystallite.spectrum.fit;

/** A fit could not be attempted or carried out (too few points, bad values in range, …). */
public class FitException extends Exception {

    private static final long serialVersionUID = 1L;

    public FitException(String message) {
        super(message);
    }

    public FitException(String message, Throwable cause) {
        super(message, cause);
    }
}
