package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** An enum value as written in a questionnaire (for example {@code on_premise}). */
public interface Coded {

    String code();

    /** The value declared by {@link JsonProperty} on the constant, so the YAML spelling lives in one place. */
    static String codeOf(Enum<?> constant) {
        try {
            JsonProperty property = constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property != null ? property.value() : constant.name().toLowerCase(Locale.ROOT);
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every spelling accepted for an enum type, in declaration order, for error messages and the schema. */
    static List<String> codesOf(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> codeOf((Enum<?>) c)).toList();
    }
}
