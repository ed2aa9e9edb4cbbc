package fr.charteia;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.model.Establishment;
import fr.charteia.validation.FileReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The establishment baseline of the document tests (Centre hospitalier de Valmont, five catalogue
 * tools, prohibitions on kinds) and a department that applies it, as the loader hands them over:
 * the establishment file bound as the loader binds it, the department already merged (organisation,
 * catalogue tools, parent reference). Built here so that the documents can be tested on their own.
 */
public final class EstablishmentFixtures {

    public static final Path ESTABLISHMENT = Path.of("src/test/resources/fr/charteia/establishment/etablissement.yaml");

    /** A tool of the department's own, not in the catalogue, so that its charter shows both origins. */
    private static final String OWN_TOOL = """
            tools:
              - id: transcription-staff
                name: Transcription automatique des staffs (logiciel hébergé par la DSN)
                short_name: Transcription staffs
                kind: institutional
                hosting: on_premise
                contract: true
                trains_on_inputs: false
                ce_marked: false
                account: professional
                dpia: in_progress
                record: true
            """;

    private static final YAMLMapper YAML = (YAMLMapper) YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private EstablishmentFixtures() {
    }

    public static byte[] establishmentBytes() {
        try {
            return Files.readAllBytes(ESTABLISHMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Establishment establishment() {
        try {
            return YAML.readValue(establishmentBytes(), Establishment.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same establishment with its documents in English (its own texts stay French). */
    public static CheckedQuestionnaire checkedEstablishmentInEnglish() {
        String text = new String(establishmentBytes(), StandardCharsets.UTF_8).replace("\nlocale: fr\n", "\nlocale: en\n");
        try {
            Establishment english = YAML.readValue(text, Establishment.class);
            return new CheckedQuestionnaire(new FileReport("establishment.yaml", true, List.of()), Optional.empty(),
                    text.getBytes(StandardCharsets.UTF_8), Optional.empty(), Optional.empty(), Optional.of(english));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sample department as {@code validate} checks it, with the baseline attached as the loader would. */
    public static CheckedQuestionnaire sampleWithBaseline(String name) {
        CheckedQuestionnaire checked = SampleDocuments.checked(Path.of("samples", name));
        return new CheckedQuestionnaire(checked.report(), checked.questionnaire(), checked.source(), checked.logo(),
                Optional.of(establishment()), Optional.empty());
    }

    /** The establishment file as a valid establishment {@link CheckedQuestionnaire}. */
    public static CheckedQuestionnaire checkedEstablishment() {
        return new CheckedQuestionnaire(new FileReport("etablissement.yaml", true, List.of()), Optional.empty(),
                establishmentBytes(), Optional.empty(), Optional.empty(), Optional.of(establishment()));
    }

    /** The emergency department of the samples with one tool of its own, merged with the baseline when asked. */
    public static CheckedQuestionnaire urgences(boolean withBaseline) {
        String text;
        try {
            text = Files.readString(Path.of("samples/urgences-adultes.yaml"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.indexOf("\ntools:\n") < 0) {
            throw new IllegalStateException("the sample no longer has a tools list");
        }
        text = text.replace("\ntools:\n", "\n" + OWN_TOOL);
        CheckedQuestionnaire checked = SampleDocuments.toolkit().validate(new QuestionnaireSource("urgences-adultes.yaml",
                text.getBytes(StandardCharsets.UTF_8), Optional.of(Path.of("samples"))), Locale.FRENCH);
        if (!checked.valid()) {
            throw new IllegalStateException("the department has errors: " + checked.report().findings());
        }
        return new CheckedQuestionnaire(checked.report(), checked.questionnaire(), checked.source(), checked.logo(),
                withBaseline ? Optional.of(establishment()) : Optional.empty(), Optional.empty());
    }

}
