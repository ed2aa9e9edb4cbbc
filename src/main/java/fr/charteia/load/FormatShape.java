package fr.charteia.load;

import fr.charteia.load.SchemaProblem.Expected;
import fr.charteia.load.SchemaProblem.Kind;
import fr.charteia.model.Questionnaire;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Follows the token stream of the survey pass with the record types of the model, so every
 * unknown key is reported where it is written, with the closest known key as a suggestion. The
 * records are the one description of the format; nothing here lists keys by hand.
 */
final class FormatShape {

    /** Expected type of each open container; {@code null} inside a value of the wrong shape. */
    private final Deque<Optional<Type>> open = new ArrayDeque<>();
    private Type pending;
    private final Class<?> root;

    /** The shape of a file whose top-level mapping binds {@code root} (a department's or an establishment's). */
    FormatShape(Class<?> root) {
        this.root = root;
    }

    FormatShape() {
        this(Questionnaire.class);
    }

    void startObject(boolean root) {
        Type expected = root ? this.root : expectedHere();
        open.push(Optional.ofNullable(unwrapOptional(expected)).filter(t -> t instanceof Class<?> c && c.isRecord()));
        pending = null;
    }

    void startArray() {
        Type expected = unwrapOptional(expectedHere());
        open.push(Optional.ofNullable(expected).filter(t -> t instanceof ParameterizedType p
                && p.getRawType() == List.class));
        pending = null;
    }

    void end() {
        open.pop();
        pending = null;
    }

    /** Checks a key of the current object; an unknown key becomes a problem, known or not its value's type is set. */
    Optional<SchemaProblem> key(String key, String path, SourcePosition position) {
        pending = null;
        if (open.isEmpty() || open.peek().isEmpty()) {
            return Optional.empty();
        }
        Class<?> record = (Class<?>) open.peek().get();
        RecordComponent[] components = record.getRecordComponents();
        Optional<RecordComponent> component = Arrays.stream(components)
                .filter(c -> FieldPaths.yamlKey(c.getName()).equals(key)).findFirst();
        if (component.isPresent()) {
            pending = component.get().getGenericType();
            return Optional.empty();
        }
        List<String> known = Arrays.stream(components).map(c -> FieldPaths.yamlKey(c.getName())).toList();
        return Optional.of(new SchemaProblem(Kind.UNKNOWN_KEY, path, Optional.of(position), key, Expected.OTHER,
                closest(key, known)));
    }

    /** The type of the value about to start: a field's declared type, or a list's element type. */
    private Type expectedHere() {
        if (open.isEmpty() || open.peek().isEmpty()) {
            return null;
        }
        Type container = open.peek().get();
        if (container instanceof ParameterizedType list) {
            return list.getActualTypeArguments()[0];
        }
        return pending;
    }

    /**
     * Whether the value at a path is one item of a list of records ({@code tools[1]}): there, a
     * key met twice is far more likely a forgotten « - » than a real duplicate.
     */
    static boolean isRecordInList(String path) {
        if (!path.endsWith("]")) {
            return false;
        }
        Type type = Questionnaire.class;
        Matcher step = PATH_STEP.matcher(path);
        while (step.find() && type != null) {
            type = step.group(1) != null ? componentType(type, step.group(1)) : elementType(type);
        }
        return type instanceof Class<?> c && c.isRecord();
    }

    private static final Pattern PATH_STEP = Pattern.compile("([^.\\[\\]]+)|\\[\\d+]");

    private static Type componentType(Type owner, String key) {
        if (!(owner instanceof Class<?> c) || !c.isRecord()) {
            return null;
        }
        return Arrays.stream(c.getRecordComponents()).filter(rc -> FieldPaths.yamlKey(rc.getName()).equals(key))
                .findFirst().map(rc -> unwrapOptional(rc.getGenericType())).orElse(null);
    }

    private static Type elementType(Type list) {
        return list instanceof ParameterizedType p && p.getRawType() == List.class
                ? unwrapOptional(p.getActualTypeArguments()[0]) : null;
    }

    private static Type unwrapOptional(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    /** The known key closest to a misspelt one, if close enough to be a likely typo. */
    static List<String> closest(String unknown, List<String> known) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = unknown.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, unknown.length() / 3);
        return known.stream()
                .filter(key -> distance.apply(lower, key) <= tolerance || key.startsWith(lower) && lower.length() >= 3)
                .min(Comparator.comparingInt((String key) -> distance.apply(lower, key)).thenComparing(key -> key))
                .map(List::of)
                .orElse(List.of());
    }
}
