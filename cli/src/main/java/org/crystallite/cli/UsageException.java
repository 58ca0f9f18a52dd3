package org.crystallite.cli;

/** A problem with what the user asked for (exit code 2), as opposed to a problem with the data. */
public class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
