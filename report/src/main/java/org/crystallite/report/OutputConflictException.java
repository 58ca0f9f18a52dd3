package org.crystallite.report;

import java.io.IOException;
import java.nio.file.Path;

/** An output would replace a file that must not be touched (an input of the analysis, or a directory). */
public final class OutputConflictException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path target;

    public OutputConflictException(Path target, String problem) {
        super(target + ": " + problem);
        this.target = target;
    }

    /** The output path that was refused. */
    public Path target() {
        return target;
    }
}
