package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Characters that are unusual but legal (outside the Basic Multilingual Plane, combining accents,
 * no-break spaces, Windows line ends, a right-to-left override in a comment) go through generate,
 * extract and generate again unchanged: the same documents, byte for byte, and the questionnaire
 * that extract prints for a redirection is the author's file exactly, not escaped as messages are.
 */
class UnusualCharactersRoundTripTest {

    private static final Path SAMPLE = Path.of("samples/urgences-adultes.yaml");
    private static final String SHEET = "fiche-ia-urgences-adultes-sau";

    @TempDir
    Path dir;

    @Test
    void extractThenGenerateGivesTheSameBytesAndPrintsTheAuthorsFileExactly() throws IOException {
        String unusual = Files.readString(SAMPLE, StandardCharsets.UTF_8)
                .replace("  name: Centre hospitalier de Valmont\n",
                        "  name: Centre hospitalier de Valmont 😀 𝄞\n  # relu \u202Epar la DSN\u202C le 12\u00A0novembre\n")
                .replace("Suggestions de diagnostics", "Suggestions de diagnostics 👩\u200D⚕️ e\u0301\u0301 a\u00A0b\u202F; c 𝕳𝖊𝖑𝖑𝖔")
                .replace("\n", "\r\n");
        byte[] authored = unusual.getBytes(StandardCharsets.UTF_8);
        Path mine = Files.write(dir.resolve("urgences.yaml"), authored);
        Path first = dir.resolve("first");
        CommandLineRun generate = CommandLineRun.of("generate", "--out", first.toString(), mine.toString());
        assertThat(generate.exitCode()).as(generate.all()).isZero();

        CommandLineRun printed = CommandLineRun.of("extract", first.resolve(SHEET + ".pdf").toString());
        Path extracted = dir.resolve("revision/urgences.yaml");
        CommandLineRun written = CommandLineRun.of("extract", first.resolve(SHEET + ".docx").toString(), "--out", extracted.toString());
        Path second = dir.resolve("second");
        CommandLineRun regenerate = CommandLineRun.of("generate", "--out", second.toString(), extracted.toString());

        assertThat(printed.exitCode()).as(printed.all()).isZero();
        assertThat(printed.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(authored);
        assertThat(written.exitCode()).as(written.all()).isZero();
        assertThat(Files.readAllBytes(extracted)).isEqualTo(authored);
        assertThat(regenerate.exitCode()).as(regenerate.all()).isZero();
        try (Stream<Path> files = Files.list(first)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).hasSize(4).allSatisfy(name ->
                    assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name))));
        }
    }
}
