package org.crystallite.xrd.lattice;

/** A cell refinement that cannot be done with the given peaks (too few, singular, or diverging). */
public class LatticeException extends Exception {

    private static final long serialVersionUID = 1L;

    public LatticeException(String message) {
        super(message);
    }

    public LatticeException(String message, Throwable cause) {
        super(message, cause);
    }
}
