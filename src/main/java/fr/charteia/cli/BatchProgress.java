package fr.charteia.cli;

import fr.charteia.batch.BatchRun;
import fr.charteia.batch.FileOutcome;
import java.io.PrintWriter;

/**
 * How a batch run shows where it is: on a terminal one line redrawn in place ({@code [#####-----]
 * 412/1000 services}); elsewhere (a log, a pipe, a CI job) one plain line per file with its verdict.
 */
abstract class BatchProgress implements BatchRun.Listener {

    static final int BAR_WIDTH = 30;

    /** The bar on a real terminal, plain lines when output goes anywhere else or the terminal cannot redraw. */
    static BatchProgress choose(boolean console, String term, PrintWriter out, Texts texts) {
        boolean redraws = console && term != null && !term.isBlank() && !"dumb".equals(term);
        return redraws ? new Bar(out, texts) : new Lines(out, texts);
    }

    /** After the last file: a bar ends its line. */
    void finish() {
    }

    /** One redrawn line; its text is ours (digits and signs), so it goes to the terminal unescaped. */
    static final class Bar extends BatchProgress {
        private final PrintWriter raw;
        private final Texts texts;
        private boolean drawn;

        Bar(PrintWriter out, Texts texts) {
            this.raw = TerminalText.data(out);
            this.texts = texts;
        }

        @Override
        public void done(FileOutcome outcome, int done, int total) {
            raw.print("\r" + line(done, total, texts));
            raw.flush();
            drawn = true;
        }

        @Override
        void finish() {
            if (drawn) {
                raw.println();
                raw.flush();
            }
        }

        static String line(int done, int total, Texts texts) {
            int filled = total == 0 ? BAR_WIDTH : (int) ((long) done * BAR_WIDTH / total);
            return "[" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + texts.get("batch.progress", done, total);
        }
    }

    /** A line per file, as it is done. */
    static final class Lines extends BatchProgress {
        private final PrintWriter out;
        private final Texts texts;

        Lines(PrintWriter out, Texts texts) {
            this.out = out;
            this.texts = texts;
        }

        @Override
        public void done(FileOutcome outcome, int done, int total) {
            out.println(texts.get("batch.line", done, total, outcome.path(), BatchSummary.verdict(outcome, texts)));
            outcome.failure().ifPresent(why -> out.println("    " + why));
            outcome.notes().forEach(note -> out.println("    " + texts.get("generate.warning", note)));
            out.flush();
        }
    }
}
