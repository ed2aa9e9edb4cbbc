package fr.charteia.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import fr.charteia.load.SchemaProblem.Expected;
import fr.charteia.load.SchemaProblem.Kind;
import fr.charteia.model.Coded;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Lets Jackson go on binding after a key or value of the wrong shape, recording each problem with
 * its path and position, so a user sees every shape problem of a file at once.
 */
final class ShapeProblemCollector extends DeserializationProblemHandler {

    private final List<SchemaProblem> problems = new ArrayList<>();

    List<SchemaProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Unknown keys are reported by {@link FormatShape} during the survey pass: Jackson replays them
     * from a buffer after building a record, where their place in the file is lost.
     */
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) {
        JsonParser p = ctxt.getParser();
        record(Kind.BAD_VALUE, valuePath(p), p, valueToConvert, expectedFor(targetType), choicesFor(targetType));
        return emptyValue(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) {
        JsonParser p = ctxt.getParser();
        record(Kind.BAD_VALUE, valuePath(p), p, String.valueOf(valueToConvert), expectedFor(targetType),
                choicesFor(targetType));
        return emptyValue(targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        Class<?> raw = targetType.isReferenceType() ? targetType.getContentType().getRawClass() : targetType.getRawClass();
        record(Kind.WRONG_TYPE, valuePath(p), p, scalarText(p), expectedFor(targetType), choicesFor(raw));
        p.skipChildren();
        return emptyValue(targetType.getRawClass());
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
            ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
        record(Kind.WRONG_TYPE, valuePath(p), p, scalarText(p), expectedFor(instClass), List.of());
        p.skipChildren();
        return null;
    }

    @Override
    public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
            Throwable t) {
        JsonParser p = ctxt.getParser();
        record(Kind.BAD_VALUE, valuePath(p), p, argument == null ? "" : String.valueOf(argument), expectedFor(instClass),
                choicesFor(instClass));
        return null;
    }

    /** What to bind in place of a wrong value: nothing, or false/0 where Java needs a primitive. */
    private static Object emptyValue(Class<?> type) {
        return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
    }

    private void record(Kind kind, String path, JsonParser p, String value, Expected expected, List<String> choices) {
        problems.add(new SchemaProblem(kind, path, Optional.of(SourcePosition.of(p.currentTokenLocation())), value,
                expected, choices));
    }

    /** The path of the value the parser stands on; on a '{' or '[' the parser has already stepped inside. */
    private static String valuePath(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        if ((p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY)
                && context.getParent() != null) {
            context = context.getParent();
        }
        return FieldPaths.of(context);
    }

    private static String scalarText(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        return token != null && token.isScalarValue() ? p.getText() : "";
    }

    static Expected expectedFor(JavaType type) {
        if (type.isReferenceType()) {
            return expectedFor(type.getContentType());
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return Expected.LIST;
        }
        return expectedFor(type.getRawClass());
    }

    static Expected expectedFor(Class<?> raw) {
        if (raw == String.class) {
            return Expected.TEXT;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return Expected.BOOLEAN;
        }
        if (raw == LocalDate.class) {
            return Expected.DATE;
        }
        if (raw.isEnum()) {
            return Expected.CHOICE;
        }
        if (raw.isRecord()) {
            return Expected.MAPPING;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return Expected.LIST;
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return Expected.NUMBER;
        }
        return Expected.OTHER;
    }

    private static List<String> choicesFor(Class<?> raw) {
        return raw.isEnum() && Coded.class.isAssignableFrom(raw) ? Coded.codesOf(raw) : List.of();
    }
}
