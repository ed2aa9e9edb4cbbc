package fr.charteia.validation.rule;

import fr.charteia.model.Questionnaire;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * G-PLACEHOLDER: a text still holding the starter's « À COMPLÉTER » marker would be printed as it
 * is in a document meant to be signed. Every text of the questionnaire is visited by walking the
 * model records, so a field added to the format is checked without being listed here.
 */
final class UnfilledPlaceholders implements Rule {

    /** Long values are quoted up to this many characters, so a message stays one readable line. */
    private static final int QUOTED_LENGTH = 60;

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        visitRecord(questionnaire, null, (where, text) -> {
            if (PlaceholderMarker.isIn(text)) {
                violations.error("message").with("value", excerpt(text)).at(where);
            }
        });
    }

    /**
     * Visits every text below a record: strings, optional strings, lists of them, nested records.
     * {@code where} is null for the questionnaire itself, whose components start a path.
     */
    private static void visitRecord(Record record, Where where, BiConsumer<Where, String> visit) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            String name = component.getName();
            Object value = read(component, record);
            if (value instanceof Optional<?> optional) {
                value = optional.orElse(null);
            }
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    visitValue(list.get(i), where == null ? Where.at(name, i) : where.then(name, i), visit);
                }
            } else {
                visitValue(value, where == null ? Where.at(name) : where.then(name), visit);
            }
        }
    }

    private static void visitValue(Object value, Where at, BiConsumer<Where, String> visit) {
        if (value instanceof String text) {
            visit.accept(at, text);
        } else if (value instanceof Record nested) {
            visitRecord(nested, at, visit);
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        if (oneLine.codePointCount(0, oneLine.length()) <= QUOTED_LENGTH) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, QUOTED_LENGTH)).stripTrailing() + "…";
    }
}
