package fr.charteia.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line prints to a terminal, every character that could drive it shown as a
 * visible {@code \u001B} instead: C0 control characters but line feed and tab, a carriage return
 * not followed by a line feed (it would let a text overwrite the line before it), DEL, the C1
 * controls U+0080 to U+009F, and the bidirectional overrides and isolates U+202A to U+202E and
 * U+2066 to U+2069, which can make a text read as another. A questionnaire, a file name or an
 * extracted attachment quoted in a message can then neither clear the screen ({@code ESC[2J}),
 * nor write to the clipboard (OSC 52), nor disguise itself.
 *
 * <p>Main wraps both streams in it, so no command can forget it. The escape is JSON's own, so a
 * JSON report stays valid and reads back the original character. The one output that must stay
 * byte for byte as it is, a questionnaire that {@code extract} prints for a redirection into a
 * file, goes through {@link #data}.
 */
final class TerminalText extends PrintWriter {

    private final PrintWriter raw;

    private TerminalText(PrintWriter raw) {
        super(new Escaping(raw), true);
        this.raw = raw;
    }

    /** The stream with its terminal escapes; a stream already guarded is returned as it is. */
    static PrintWriter guard(PrintWriter stream) {
        return stream instanceof TerminalText ? stream : new TerminalText(stream);
    }

    /**
     * The stream under the guard, for data that is the command's result rather than a message (a
     * questionnaire printed to be saved): written as it is, after what was printed before.
     */
    static PrintWriter data(PrintWriter stream) {
        if (stream instanceof TerminalText guarded) {
            guarded.flush();
            return guarded.raw;
        }
        return stream;
    }

    /** A failed write to the stream underneath counts, as when nothing is in between. */
    @Override
    public boolean checkError() {
        boolean mine = super.checkError();
        return raw.checkError() || mine;
    }

    /** The text as it is printed. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            appendEscaped(c, lineEnd, escaped);
        }
        return escaped.toString();
    }

    static boolean drivesTerminal(char c) {
        return c < 0x20 && c != '\n' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    private static void appendEscaped(char c, boolean lineEnd, StringBuilder out) {
        if (drivesTerminal(c) && !lineEnd) {
            out.append(String.format("\\u%04X", (int) c));
        } else {
            out.append(c);
        }
    }

    /**
     * Escapes on the way through. A carriage return is held until the next character says whether
     * it ends a line ({@code \r\n}, as Windows prints them) or stands alone.
     */
    private static final class Escaping extends Writer {

        private final Writer out;
        private boolean carriageReturn;

        Escaping(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            StringBuilder escaped = new StringBuilder(length + 16);
            for (int i = offset; i < offset + length; i++) {
                char c = chars[i];
                if (carriageReturn) {
                    carriageReturn = false;
                    appendEscaped('\r', c == '\n', escaped);
                }
                if (c == '\r') {
                    carriageReturn = true;
                } else {
                    appendEscaped(c, false, escaped);
                }
            }
            out.write(escaped.toString());
        }

        @Override
        public void flush() throws IOException {
            if (carriageReturn) {
                carriageReturn = false;
                out.write("\\u000D");
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }
}
