package fr.charteia.web.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save interrupted at any moment leaves the previous draft or the new one, whole, and nothing else listed. */
class DraftStoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void aSaveThatFailsHalfwayLeavesThePreviousDraft() throws IOException {
        byte[] before = Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"));
        byte[] after = Files.readAllBytes(Path.of("samples/pharmacie-pui.yaml"));
        DraftId id = new DraftStore(dir).create(before);
        // a save that dies after writing half of the new questionnaire where the real one writes it: beside the draft
        DraftStore crashing = new DraftStore(dir, (file, bytes) -> {
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            Files.write(temporary, Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("simulated crash");
        });

        assertThatThrownBy(() -> crashing.save(id, after)).hasMessage("simulated crash");

        DraftStore store = new DraftStore(dir);
        assertThat(store.find(id).orElseThrow().yaml()).isEqualTo(before);
        assertThat(store.list()).extracting(Draft::id).containsExactly(id);
        assertThat(files()).hasSize(2);
    }

    @Test
    void aNewDraftThatFailsHalfwayIsNotListed() throws IOException {
        DraftStore crashing = new DraftStore(dir, (file, bytes) -> {
            Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
            Files.write(temporary, Arrays.copyOf(bytes, bytes.length / 2));
            throw new IOException("simulated crash");
        });

        assertThatThrownBy(() -> crashing.create(Files.readAllBytes(Path.of("samples/urgences-adultes.yaml"))))
                .hasMessage("simulated crash");

        assertThat(new DraftStore(dir).list()).isEmpty();
    }

    /**
     * A real crash: a child JVM saves the same draft in a loop, two questionnaires in turn, and is killed
     * with SIGKILL; the draft is then one of the two, byte for byte, never a mix, and no temporary
     * file is listed as a draft. Five kills, each after a different number of saves.
     */
    @Test
    void aServerKilledWhileSavingLeavesAWholeDraft() throws Exception {
        Path a = Path.of("samples/urgences-adultes.yaml");
        Path b = Path.of("samples/invalid/q-empty.yaml");
        byte[] first = Files.readAllBytes(a);
        byte[] second = Files.readAllBytes(b);
        DraftStore store = new DraftStore(dir);
        DraftId id = store.create(first);
        for (int round = 0; round < 5; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), DraftSaveLoop.class.getName(),
                    dir.toString(), id.value(), a.toString(), b.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int saves = 0;
                int wanted = 20 + 37 * round;
                while (saves < wanted && out.readLine() != null) {
                    saves++;
                }
                assertThat(saves).as("the child saved").isEqualTo(wanted);
                child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally
                child.waitFor();
            }
            byte[] now = store.find(id).orElseThrow().yaml();
            assertThat(Arrays.equals(now, first) || Arrays.equals(now, second)).as("round " + round).isTrue();
            assertThat(store.list()).extracting(Draft::id).containsExactly(id);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.toList();
        }
    }
}
