package fr.charteia.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The process's standard output, in UTF-8, remembering why a write failed: a {@link PrintWriter}
 * only records that one did. Written to the file descriptor directly: {@code System.out} is a
 * {@code PrintStream}, which would swallow the failure before the writer sees it.
 */
final class StandardOutput extends PrintWriter {

    private final FailureMemory memory;

    private StandardOutput(FailureMemory memory) {
        super(new OutputStreamWriter(memory, StandardCharsets.UTF_8), true);
        this.memory = memory;
    }

    static StandardOutput open() {
        return new StandardOutput(new FailureMemory(new FileOutputStream(FileDescriptor.out)));
    }

    /** The first failure of a write to standard output, if any. */
    Optional<IOException> failure() {
        return Optional.ofNullable(memory.failure);
    }

    private static final class FailureMemory extends FilterOutputStream {

        private volatile IOException failure;

        FailureMemory(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                remember(e);
                throw e;
            }
        }

        private void remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
