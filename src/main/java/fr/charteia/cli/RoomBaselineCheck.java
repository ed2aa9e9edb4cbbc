package fr.charteia.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.Toolkit;
import fr.charteia.validation.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The establishment baseline a room starts from, checked before the server opens: every participant's
 * questionnaire would inherit its errors.
 */
final class RoomBaselineCheck {

    private static final String ESTABLISHMENT_SCHEMA = "charte-ia-etablissement/1";

    private RoomBaselineCheck() {
    }

    static void check(Toolkit toolkit, Path baseline, Texts texts) throws RoomRefused {
        if (!Files.isRegularFile(baseline)) {
            throw new RoomRefused(texts.get("serve.room.baselineMissing", baseline));
        }
        CheckedQuestionnaire checked = toolkit.validate(baseline, Locale.FRENCH);
        if (checked.isEstablishment()) {
            return;
        }
        if (!declaresEstablishment(baseline)) {
            throw new RoomRefused(texts.get("serve.room.notEstablishment", baseline));
        }
        StringBuilder message = new StringBuilder(texts.get("serve.room.baselineErrors", baseline,
                checked.report().errors()));
        for (Finding finding : checked.report().findings()) {
            if (finding.isError()) {
                message.append('\n').append("  ").append(String.join(", ",
                        finding.codes().stream().map(Object::toString).toList()))
                        .append(finding.path().isEmpty() ? "" : " " + finding.path()).append(" : ").append(finding.message());
            }
        }
        throw new RoomRefused(message.toString());
    }

    /** Whether the file says it is an establishment baseline, whatever its errors. */
    private static boolean declaresEstablishment(Path file) {
        try {
            JsonNode tree = new YAMLMapper().readTree(file.toFile());
            return tree != null && ESTABLISHMENT_SCHEMA.equals(tree.path("schema").asText(""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
