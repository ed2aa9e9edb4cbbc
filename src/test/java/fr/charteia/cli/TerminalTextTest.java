package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a questionnaire or a file name holds can drive the user's terminal: control characters,
 * ANSI and OSC sequences and bidirectional overrides are printed as visible escapes, in text and
 * JSON alike, and the JSON stays valid.
 */
class TerminalTextTest {

    private static final String CLEAR_SCREEN = "\u001B[2J";
    private static final String CLIPBOARD = "\u001B]52;c;SGVsbG8=\u0007";
    private static final String CSI = "\u009B";
    private static final String RIGHT_TO_LEFT = "\u202E";

    @TempDir
    Path dir;

    @Test
    void controlCharactersAndBidiOverridesArePrintedAsVisibleEscapes() {
        assertThat(TerminalText.escape("a" + CLEAR_SCREEN + "b")).isEqualTo("a\\u001B[2Jb");
        assertThat(TerminalText.escape(CLIPBOARD)).isEqualTo("\\u001B]52;c;SGVsbG8=\\u0007");
        assertThat(TerminalText.escape("\u0000\u007F" + CSI + "\u0080\u009F")).isEqualTo("\\u0000\\u007F\\u009B\\u0080\\u009F");
        assertThat(TerminalText.escape("x" + RIGHT_TO_LEFT + "y\u202A\u2066\u2069")).isEqualTo("x\\u202Ey\\u202A\\u2066\\u2069");
        // a carriage return alone would let a text overwrite its line; ending a line (Windows) it stays
        assertThat(TerminalText.escape("faux\rvrai")).isEqualTo("faux\\u000Dvrai");
        assertThat(TerminalText.escape("ligne\r\nsuite\n\ttab")).isEqualTo("ligne\r\nsuite\n\ttab");
        assertThat(TerminalText.escape("é « » – 😀 \u00A0\u202F\u200B")).isEqualTo("é « » – 😀 \u00A0\u202F\u200B");
    }

    @Test
    void aCarriageReturnSplitFromItsLineFeedAcrossTwoWritesStaysALineEnd() {
        StringWriter written = new StringWriter();
        PrintWriter guarded = TerminalText.guard(new PrintWriter(written));

        guarded.print("un\r");
        guarded.print("\ndeux\r");
        guarded.print("x");
        guarded.print("trois\r");
        guarded.flush();

        assertThat(written.toString()).isEqualTo("un\r\ndeux\\u000Dxtrois\\u000D");
        assertThat(TerminalText.guard(guarded)).isSameAs(guarded);
    }

    @Test
    void theTextReportShowsKeysAndFileNamesWithTheirControlCharactersEscaped() throws IOException {
        Path file = hostileQuestionnaire();

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertNothingDrivesTheTerminal(run.all());
        assertThat(run.out()).contains("== " + dir.resolve("q\\u001B[2J.json"));
        assertThat(run.out()).contains("  a\\u001B[2Jb (ligne 2) — Cette clé contient le caractère U+001B (caractère de contrôle, "
                + "invisible) en position 2 : une clé ne s'écrit qu'en lettres minuscules sans accent et tirets bas. Retapez-la. [Q-SCHEMA]");
        assertThat(run.out()).contains("  c\\u009Bd (ligne 3) — Cette clé contient le caractère U+009B");
        assertThat(run.out()).contains("  x\\u001B]52;c;SGVsbG8=\\u0007 (ligne 4) — Cette clé contient le caractère U+001B");
        assertThat(run.out()).contains("  e\\u202Ef (ligne 5) — Clé inconnue « e\\u202Ef » : elle ne fait pas partie du format charte-ia/1.");
    }

    @Test
    void theJsonReportStaysValidAndReadsBackTheOriginalCharacters() throws IOException {
        Path file = hostileQuestionnaire();

        CommandLineRun run = CommandLineRun.of("validate", "--format", "json", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertNothingDrivesTheTerminal(run.all());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get(0).get("file").asText()).isEqualTo(file.toString());
        List<String> paths = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        report.get(0).get("findings").forEach(f -> {
            paths.add(f.get("path").asText());
            messages.add(f.get("message").asText());
        });
        assertThat(paths).contains("a" + CLEAR_SCREEN + "b", "c" + CSI + "d", "x" + CLIPBOARD, "e" + RIGHT_TO_LEFT + "f");
        assertThat(messages).contains("Clé inconnue « e" + RIGHT_TO_LEFT + "f » : elle ne fait pas partie du format "
                + "charte-ia/1. Vérifiez l'orthographe et l'indentation, ou supprimez-la.");
    }

    @Test
    void anUnreadableFileQuotedInTheMessageCannotClearTheScreen() throws IOException {
        Path file = Files.writeString(dir.resolve("notes" + CLEAR_SCREEN + ".txt"), "x");

        CommandLineRun run = CommandLineRun.of("validate", file.toString());

        assertNothingDrivesTheTerminal(run.all());
        assertThat(run.all()).contains("notes\\u001B[2J.txt");
    }

    /** Keys written with JSON escapes, in a file whose name holds an escape sequence too. */
    private Path hostileQuestionnaire() throws IOException {
        String json = "{\"schema\": \"charte-ia/1\",\n"
                + " \"a\\u001B[2Jb\": 1,\n"
                + " \"c\\u009Bd\": 1,\n"
                + " \"x\\u001B]52;c;SGVsbG8=\\u0007\": 1,\n"
                + " \"e\\u202Ef\": 1}\n";
        return Files.writeString(dir.resolve("q" + CLEAR_SCREEN + ".json"), json, StandardCharsets.UTF_8);
    }

    static void assertNothingDrivesTheTerminal(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean lineEnd = c == '\r' && i + 1 < printed.length() && printed.charAt(i + 1) == '\n';
            assertThat(TerminalText.drivesTerminal(c) && !lineEnd)
                    .as("U+%04X at %d in %s", (int) c, i, printed.substring(Math.max(0, i - 40), i)).isFalse();
        }
    }
}
