package fr.charteia.web.form;

import java.util.List;
import java.util.Optional;

/**
 * One input (or group of inputs) of a step, named by its key in the object it belongs to. The
 * field's schema path ({@code tools.hosting}, list indexes left out) names its texts in
 * {@code Form_fr.properties}: {@code label.PATH}, {@code hint.PATH}, {@code option.PATH.CODE}.
 */
public sealed interface Field {

    /** The key in the enclosing object; a group's key may hold dots ({@code contacts.dpo}). */
    String key();

    /** A line or a paragraph of text. */
    record Text(String key, TextKind kind) implements Field {
    }

    /** What a text holds, which sets its input type. */
    enum TextKind { LINE, AREA, EMAIL, PHONE, DATE, ID }

    /** One value of a fixed list (an enum of the format), as a drop-down list. */
    record Choice(String key, List<String> codes) implements Field {
        public Choice {
            codes = List.copyOf(codes);
        }
    }

    /** Yes or no, and « je ne sais pas » when the format allows {@code unknown}. */
    record YesNo(String key, boolean unknownAllowed) implements Field {
    }

    /** A list of sentences, one per line of a text area. */
    record Lines(String key) implements Field {
    }

    /** Several of the declared roles, tools, data categories or uses, as check boxes. */
    record References(String key, Target target) implements Field {
    }

    /** One of the declared uses (or nothing), as a drop-down list. */
    record Reference(String key, Target target) implements Field {
    }

    /** An object shown as a fieldset. */
    record Group(String key, List<Field> fields) implements Field {
        public Group {
            fields = List.copyOf(fields);
        }
    }

    /**
     * A list of objects, one fieldset per row, with buttons to add and remove rows.
     *
     * @param idSources for rows with an {@code id}: the keys an empty id is made from, first filled wins
     * @param target what the rows declare, when other fields refer to them by id
     */
    record Rows(String key, List<Field> fields, List<String> idSources, Optional<Target> target) implements Field {
        public Rows {
            fields = List.copyOf(fields);
            idSources = List.copyOf(idSources);
        }

        public boolean hasIds() {
            return !idSources.isEmpty();
        }
    }

    /** The declarations other fields refer to by id, and where those references are. */
    enum Target {
        ROLES("roles", List.of("short_label", "label"), List.of("authorised[].roles", "forbidden[].roles", "training[].roles")),
        TOOLS("tools", List.of("short_name", "name"), List.of("authorised[].tools", "forbidden[].tools")),
        DATA("data", List.of("label"), List.of("authorised[].data", "forbidden[].data")),
        USES("uses", List.of("label"), List.of("authorised[].use", "forbidden[].use"));

        private final String list;
        private final List<String> labelKeys;
        private final List<String> referencedFrom;

        Target(String list, List<String> labelKeys, List<String> referencedFrom) {
            this.list = list;
            this.labelKeys = labelKeys;
            this.referencedFrom = referencedFrom;
        }

        /** The top-level list holding the declarations. */
        public String list() {
            return list;
        }

        /** The keys that name a declaration for a person, shortest first. */
        public List<String> labelKeys() {
            return labelKeys;
        }

        /** Where ids of this list are referred to: {@code list[].key}, a list or a single id. */
        public List<String> referencedFrom() {
            return referencedFrom;
        }
    }
}
