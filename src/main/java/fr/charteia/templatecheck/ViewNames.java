package fr.charteia.templatecheck;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Checks every name of a compiled template against the view model's types, without rendering:
 * each {@code {{name}}}, {@code {{#name}}}, {@code {{^name}}} and dotted name is looked up in the
 * records of the scopes open where it stands (a list section opens its element's record), as
 * Mustache would at run time. Every unknown name is reported, with its file and line, not only the
 * first one a rendering would stop at. Also lists every section, for the dead-text check.
 */
final class ViewNames {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private final List<TemplateProblem> problems = new ArrayList<>();
    private final List<CheckingMustacheFactory.Tagged> sections = new ArrayList<>();
    private final Set<String> walkingPartials = new java.util.HashSet<>();
    private final Messages messages;

    ViewNames(Messages messages) {
        this.messages = messages;
    }

    /** Walks {@code template} rendered with a view of type {@code view}. */
    void check(Mustache template, Class<?> view) {
        Deque<Type> scopes = new ArrayDeque<>();
        scopes.push(view);
        walk(template.getCodes(), scopes);
    }

    List<TemplateProblem> problems() {
        return problems;
    }

    List<CheckingMustacheFactory.Tagged> sections() {
        return sections;
    }

    private void walk(Code[] codes, Deque<Type> scopes) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof CheckingMustacheFactory.CheckedPartial partial) {
                // a partial sees the scopes of the place that includes it; a recursive one is walked once
                String key = partial.path() + "@" + scopes;
                if (walkingPartials.add(key) && partial.compiled() != null) {
                    walk(partial.compiled().getCodes(), scopes);
                    walkingPartials.remove(key);
                }
            } else if (code instanceof CheckingMustacheFactory.Located located) {
                TemplateContext tc = located.context();
                boolean section = code instanceof CheckingMustacheFactory.CheckedSection;
                boolean inverted = code instanceof CheckingMustacheFactory.CheckedInverted;
                Optional<Type> type = resolve(code.getName(), scopes, tc, section ? "{{#" : inverted ? "{{^" : "{{");
                if (section || inverted) {
                    sections.add(new CheckingMustacheFactory.Tagged(tc.file(), tc.line(), code.getName(), inverted));
                    if (section && type.isPresent()) {
                        scopes.push(opened(type.get()));
                        walk(code.getCodes(), scopes);
                        scopes.pop();
                    } else {
                        walk(code.getCodes(), scopes);
                    }
                }
            } else {
                walk(code.getCodes(), scopes);
            }
        }
    }

    /** The type of a name, or empty (and a problem) when no open scope has it. */
    private Optional<Type> resolve(String name, Deque<Type> scopes, TemplateContext tc, String tag) {
        if (name.equals(".")) {
            return Optional.of(scopes.peek());
        }
        String[] parts = name.split("\\.");
        Type found = null;
        for (Type scope : scopes) {
            Optional<Type> member = member(scope, parts[0]);
            if (member.isPresent()) {
                found = member.get();
                break;
            }
        }
        if (found == null) {
            problems.add(messages.unknownName(tc.file(), tc.line(), tag, name, parts[0],
                    suggestion(parts[0], visible(scopes))));
            return Optional.empty();
        }
        for (int i = 1; i < parts.length; i++) {
            Optional<Type> member = member(found, parts[i]);
            if (member.isEmpty()) {
                problems.add(messages.unknownName(tc.file(), tc.line(), tag, name, parts[i],
                        suggestion(parts[i], names(found))));
                return Optional.empty();
            }
            found = member.get();
        }
        return Optional.of(found);
    }

    /** What a {@code {{#x}}} section opens: a list's element, an optional's value, the value itself otherwise. */
    private static Type opened(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (Collection.class.isAssignableFrom(raw) || raw == Optional.class) {
                return generic.getActualTypeArguments()[0];
            }
        }
        return type;
    }

    private static Optional<Type> member(Type scope, String name) {
        if (scope instanceof Class<?> type && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return Optional.of(component.getGenericType());
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> names(Type scope) {
        Set<String> names = new TreeSet<>();
        if (scope instanceof Class<?> type && type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static Set<String> visible(Deque<Type> scopes) {
        Set<String> names = new TreeSet<>();
        scopes.forEach(scope -> names.addAll(names(scope)));
        return names;
    }

    /** The nearest known name, when it is near enough to be a slip of the keyboard. */
    static Optional<String> suggestion(String wrong, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int d = DISTANCE.apply(wrong.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
