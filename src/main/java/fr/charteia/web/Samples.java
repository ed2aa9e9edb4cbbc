package fr.charteia.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The sample questionnaires shipped in the jar ({@code samples/} of the project), to start a draft from. */
public final class Samples {

    /** Every file of {@code samples/}, without its extension; a test keeps the list in step with the folder. */
    public static final List<String> NAMES = List.of("urgences-adultes", "imagerie-medicale", "pharmacie-pui",
            "ressources-humaines", "secretariat-admissions", "paediatrics-en");

    private Samples() {
    }

    /** The sample's YAML, if {@code name} is one of {@link #NAMES}. */
    public static Optional<byte[]> read(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the jar: " + name);
            }
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
