package fr.charteia.templatecheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The temporary folder the check's inputs are written to, one tree per language: a department that
 * names {@code ../etablissement.yaml} is read from a file, as {@code generate} and {@code batch} read
 * it, and finds its baseline beside its folder. Nothing of the user's is written there.
 */
final class InputTree {

    private InputTree() {
    }

    static Path create() {
        try {
            return Files.createTempDirectory("charte-ia-templates-check-");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary folder for the template check's questionnaires", e);
        }
    }

    /** Writes each input at its name (a path relative to {@code tree}); returns {@code inputs}. */
    static Map<String, byte[]> write(Path tree, Map<String, byte[]> inputs) {
        try {
            for (Map.Entry<String, byte[]> input : inputs.entrySet()) {
                Path file = tree.resolve(input.getKey()).normalize();
                if (!file.startsWith(tree)) {
                    throw new IllegalArgumentException("input outside its tree: " + input.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, input.getValue());
            }
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException("the template check's questionnaires cannot be written in " + tree, e);
        }
    }

    /** Removes the tree; what cannot be removed is left to the system's cleaning of temporary files. */
    static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the check for
        }
    }
}
