package fr.charteia.validation.baseline;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DocumentControl;
import fr.charteia.model.Establishment;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Role;
import fr.charteia.model.Tool;
import fr.charteia.model.TrainingAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a department takes from its establishment baseline, merged into its questionnaire before the
 * rules read it: the organisation when it leaves its own out, the catalogue tools its rules name
 * without declaring them, the incident procedure and training when it has none, and the reference of
 * the establishment charter as its parent reference. Inherited tools come after the department's own,
 * so the indices (and lines) of what the department wrote stay right. Practices and prohibitions of the
 * baseline are not merged: the documents read them from the baseline itself.
 */
public final class Inheritance {

    private Inheritance() {
    }

    public static Questionnaire merge(Questionnaire department, Establishment baseline) {
        DocumentControl document = department.document();
        if (document != null && document.parentReference().isEmpty() && baseline.document() != null
                && baseline.document().reference() != null && !baseline.document().reference().isBlank()) {
            document = new DocumentControl(document.reference(), document.version(), document.effectiveDate(),
                    document.reviewDate(), document.writtenBy(), document.reviewedBy(), document.approvedBy(),
                    document.distribution(), Optional.of(baseline.document().reference()));
        }
        return new Questionnaire(department.schema(), department.locale(), department.baseline(),
                department.organisation() != null ? department.organisation() : baseline.organisation(),
                department.service(), document, department.roles(), tools(department, baseline), department.data(),
                department.uses(), department.authorised(), department.forbidden(), department.situations(),
                department.practices(), department.incident().or(baseline::incident), department.traceability(),
                department.training().isEmpty() ? training(department, baseline) : department.training(),
                department.history());
    }

    /** The department's tools, then the catalogue tools its rules name by id without declaring them. */
    private static List<Tool> tools(Questionnaire department, Establishment baseline) {
        Set<String> declared = new HashSet<>();
        department.tools().stream().filter(Objects::nonNull).map(Tool::id).forEach(declared::add);
        Set<String> named = new HashSet<>();
        department.authorised().stream().filter(Objects::nonNull).map(AuthorisedUse::tools).forEach(named::addAll);
        department.forbidden().stream().filter(Objects::nonNull).map(ForbiddenUse::tools).forEach(named::addAll);
        List<Tool> tools = new ArrayList<>(department.tools());
        for (Tool tool : baseline.tools()) {
            if (tool != null && named.contains(tool.id()) && !declared.contains(tool.id())) {
                tools.add(tool);
            }
        }
        return tools;
    }

    /**
     * The baseline's training actions, for the roles of the department they name: an action for
     * every role stays so; one whose roles the department does not have is left out.
     */
    private static List<TrainingAction> training(Questionnaire department, Establishment baseline) {
        Set<String> roles = new HashSet<>();
        department.roles().stream().filter(Objects::nonNull).map(Role::id).forEach(roles::add);
        List<TrainingAction> inherited = new ArrayList<>();
        for (TrainingAction action : baseline.training()) {
            if (action == null) {
                continue;
            }
            if (action.coversAllRoles()) {
                inherited.add(action);
                continue;
            }
            List<String> kept = action.roles().stream().filter(roles::contains).toList();
            if (!kept.isEmpty()) {
                inherited.add(new TrainingAction(action.title(), action.audience(), action.date(), kept));
            }
        }
        return inherited;
    }
}
