package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BatchProgressTest {

    private final PrintWriter out = new PrintWriter(new StringWriter());
    private final Texts texts = Texts.of(Locale.FRENCH);

    @Test
    void plainLinesWithoutAConsoleOrOnADumbTerminal() {
        assertThat(BatchProgress.choose(false, "xterm-256color", out, texts)).isInstanceOf(BatchProgress.Lines.class);
        assertThat(BatchProgress.choose(true, "dumb", out, texts)).isInstanceOf(BatchProgress.Lines.class);
        assertThat(BatchProgress.choose(true, null, out, texts)).isInstanceOf(BatchProgress.Lines.class);
    }

    @Test
    void aBarOnARealTerminal() {
        assertThat(BatchProgress.choose(true, "xterm-256color", out, texts)).isInstanceOf(BatchProgress.Bar.class);
        assertThat(BatchProgress.Bar.line(412, 1000, texts))
                .isEqualTo("[############------------------] 412/1000 services");
        assertThat(BatchProgress.Bar.line(1, 1, Texts.of(Locale.ENGLISH))).endsWith("#] 1/1 departments");
    }
}
