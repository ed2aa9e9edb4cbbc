package fr.charteia.load;

import fr.charteia.model.Establishment;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Which of the two file kinds a file says it is, read from its {@code schema} line without parsing
 * it: enough to put establishment baselines before the departments that name them. The loader
 * decides for good.
 */
public enum QuestionnaireKind {
    /** {@code charte-ia/1}: a department's answers. */
    DEPARTMENT,
    /** {@code charte-ia-etablissement/1}: the establishment baseline. */
    ESTABLISHMENT;

    private static final Pattern ESTABLISHMENT_SCHEMA = Pattern.compile(
            "(?m)^\\s*[{,]?\\s*[\"']?schema[\"']?\\s*:\\s*[\"']?" + Pattern.quote(Establishment.SCHEMA_V1) + "[\"']?\\s*[,}]?\\s*(#.*)?$");

    public static QuestionnaireKind of(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return ESTABLISHMENT_SCHEMA.matcher(text).find() ? ESTABLISHMENT : DEPARTMENT;
    }
}
