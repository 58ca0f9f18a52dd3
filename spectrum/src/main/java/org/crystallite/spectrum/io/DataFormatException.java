package org.crystallite.spectrum.io;

import java.io.IOException;

/**
 * A file could not be read as the expected format. The message always names the file and, where
 * known, the line (or byte offset) and what was expected there, e.g.
 * {@code "nacl01.dat, line 12: expected a number in column 2, found 'abc'"}.
 */
public class DataFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public DataFormatException(String message) {
        super(message);
    }

    public DataFormatException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Message of the form {@code "FILE, line N: PROBLEM"} (line ≤ 0 omits the line). */
    public static DataFormatException at(String file, int line, String problem) {
        return new DataFormatException(line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem);
    }
}
