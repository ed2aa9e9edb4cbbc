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
 * with conditions, human validation or alongside a prohibition is orange; a prohibition naming the
 * pair is red; a pair nothing mentions is "unaddressed", printed red too, because what the charter
 * does not authorise is not allowed.
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
        boolean forbidden = questionnaire.forbidden().stream().filter(Objects::nonNull)
                .filter(ForbiddenUse::namesCombination)
                .anyMatch(f -> (f.coversAllTools() || f.tools().contains(tool.id()))
                        && (f.coversAllData() || f.data().contains(data.id())));
        if (granted) {
            return grantedFreely && !forbidden ? Status.AUTHORISED : Status.CONDITIONAL;
        }
        return forbidden ? Status.FORBIDDEN : Status.UNADDRESSED;
    }
}
