package fr.charteia.compose;

import fr.charteia.document.Status;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.ForbiddenUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import java.util.Objects;

/**
 * The status of each tool × data pair. Authorised without conditions is green; authorised only
 * with conditions, human validation or alongside a prohibition of some uses or roles is orange; a
 * prohibition of the pair for every use and role is red; a pair nothing settles is "unaddressed",
 * printed red too, because what the charter does not authorise is not allowed.
 */
final class StatusMatrix {

    private final Questionnaire questionnaire;

    StatusMatrix(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    Status statusOf(Tool tool, DataCategory data) {
        boolean granted = false;
        boolean grantedFreely = false;
        for (AuthorisedUse rule : questionnaire.authorised().stream().filter(Objects::nonNull).toList()) {
            if (questionnaire.toolsNamed(rule.tools()).contains(tool) && questionnaire.dataNamed(rule.data()).contains(data)) {
                granted = true;
                grantedFreely |= rule.conditions().isEmpty() && !rule.humanValidation();
            }
        }
        var prohibitions = questionnaire.forbidden().stream().filter(Objects::nonNull)
                .filter(ForbiddenUse::namesCombination)
                .filter(f -> (f.coversAllTools() || f.tools().contains(tool.id()))
                        && (f.coversAllData() || f.data().contains(data.id())))
                .toList();
        if (granted) {
            // A prohibition limited to some uses or roles still restricts a granted pair.
            return grantedFreely && prohibitions.isEmpty() ? Status.AUTHORISED : Status.CONDITIONAL;
        }
        // Red only when the pair is forbidden whatever the use and the role; a prohibition of one
        // use (triage, say) says nothing about the other uses of the pair.
        boolean forbiddenOutright = prohibitions.stream().anyMatch(f -> f.coversAllUses() && f.coversAllRoles());
        return forbiddenOutright ? Status.FORBIDDEN : Status.UNADDRESSED;
    }
}
