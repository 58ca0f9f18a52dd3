package org.crystallite.report;

import java.io.IOException;

/**
 * A step that writes something and may fail with an {@link IOException}; used to hand a writer the
 * temporary file it must fill (see {@link OutputFiles#writeAtomically}).
 *
 * @param <T> what the writer receives, usually the {@link java.nio.file.Path} to write to
 */
@FunctionalInterface
public interface IOConsumer<T> {

    void accept(T value) throws IOException;
}
