package fr.charteia.load;

import fr.charteia.load.SchemaProblem.Expected;
import fr.charteia.load.SchemaProblem.Kind;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Establishment;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.TrainingAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How many items each list of a questionnaire may hold: the documented limits (README « Limites »),
 * in one place. They are far above what a real department writes (the samples have at most a dozen
 * of anything) and low enough that a questionnaire at every limit is checked in well under a second
 * and its documents made in seconds. A questionnaire over a limit is refused before any rule reads
 * it: one Q-SCHEMA finding per list, naming it, its count and its limit.
 */
public final class SizeLimits {

    /** Roles, tools, data categories and uses: each list. */
    public static final int ROLES = 500;
    public static final int TOOLS = 500;
    public static final int DATA = 500;
    public static final int USES = 500;

    /** Authorised and forbidden entries together. */
    public static final int RULES = 2000;

    /** Conditions of one authorised rule. */
    public static final int CONDITIONS = 50;

    public static final int SITUATIONS = 200;
    public static final int PRACTICES = 200;
    public static final int TRAINING = 200;

    /** Recipients of the document (the cartouche's distribution list). */
    public static final int DISTRIBUTION = 100;

    /**
     * Characters of one text (a label, a condition, a practice). The samples' longest is under 500;
     * a table cell of a few thousand characters is taller than a page, which tagged PDF cannot lay out.
     */
    public static final int TEXT = 1000;

    // The ids one rule or training action names are bounded by the list they name from (ROLES,
    // TOOLS, DATA): naming more would repeat ids.

    private SizeLimits() {
    }

    /** A text longer than {@link #TEXT} characters, as a problem naming its length and the limit. */
    static Optional<SchemaProblem> textTooLong(String text, String path, SourcePosition position) {
        if (text.length() <= TEXT) {
            return Optional.empty();
        }
        int length = text.codePointCount(0, text.length());
        return length <= TEXT ? Optional.empty() : Optional.of(new SchemaProblem(Kind.TOO_LONG, path, Optional.of(position),
                String.valueOf(length), Expected.TEXT, List.of(String.valueOf(TEXT))));
    }

    /** The lists over their limit, as shape problems in the order of the file; empty when all fit. */
    public static List<SchemaProblem> exceeded(Questionnaire q, SourceMap sourceMap) {
        List<SchemaProblem> problems = new ArrayList<>();
        Limits limits = new Limits(problems, sourceMap);
        if (q.document() != null) {
            limits.check("document.distribution", q.document().distribution().size(), DISTRIBUTION);
        }
        limits.check("roles", q.roles().size(), ROLES);
        limits.check("tools", q.tools().size(), TOOLS);
        limits.check("data", q.data().size(), DATA);
        limits.check("uses", q.uses().size(), USES);
        int rules = q.authorised().size() + q.forbidden().size();
        limits.check(q.authorised().isEmpty() ? "forbidden" : "authorised", rules, RULES);
        for (int i = 0; i < q.authorised().size(); i++) {
            AuthorisedUse rule = q.authorised().get(i);
            if (rule != null) {
                String at = FieldPaths.element("authorised", i);
                limits.check(at + ".roles", rule.roles().size(), ROLES);
                limits.check(at + ".tools", rule.tools().size(), TOOLS);
                limits.check(at + ".data", rule.data().size(), DATA);
                limits.check(at + ".conditions", rule.conditions().size(), CONDITIONS);
            }
        }
        for (int i = 0; i < q.forbidden().size(); i++) {
            ForbiddenUse rule = q.forbidden().get(i);
            if (rule != null) {
                String at = FieldPaths.element("forbidden", i);
                limits.check(at + ".roles", rule.roles().size(), ROLES);
                limits.check(at + ".tools", rule.tools().size(), TOOLS);
                limits.check(at + ".data", rule.data().size(), DATA);
            }
        }
        limits.check("situations", q.situations().size(), SITUATIONS);
        limits.check("practices", q.practices().size(), PRACTICES);
        limits.check("training", q.training().size(), TRAINING);
        for (int i = 0; i < q.training().size(); i++) {
            TrainingAction action = q.training().get(i);
            if (action != null) {
                limits.check(FieldPaths.element("training", i) + ".roles", action.roles().size(), ROLES);
            }
        }
        return problems;
    }

    /** The same limits for an establishment baseline's lists. */
    public static List<SchemaProblem> exceeded(Establishment e, SourceMap sourceMap) {
        List<SchemaProblem> problems = new ArrayList<>();
        Limits limits = new Limits(problems, sourceMap);
        if (e.document() != null) {
            limits.check("document.distribution", e.document().distribution().size(), DISTRIBUTION);
        }
        limits.check("tools", e.tools().size(), TOOLS);
        limits.check("forbidden", e.forbidden().size(), RULES);
        limits.check("practices", e.practices().size(), PRACTICES);
        limits.check("training", e.training().size(), TRAINING);
        limits.check("consultations", e.consultations().size(), DISTRIBUTION);
        limits.check("history", e.history().size(), DISTRIBUTION);
        return problems;
    }

    private record Limits(List<SchemaProblem> problems, SourceMap sourceMap) {
        void check(String path, int count, int limit) {
            if (count > limit) {
                problems.add(new SchemaProblem(Kind.TOO_MANY, path, sourceMap.find(path), String.valueOf(count),
                        Expected.LIST, List.of(String.valueOf(limit))));
            }
        }
    }
}
