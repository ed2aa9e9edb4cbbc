package fr.charteia.validation.rule;

import fr.charteia.model.DataCategory;
import fr.charteia.model.DataKind;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import java.util.Optional;

/** D-MINIMISATION: office uses rarely need identifying health data (GDPR art. 5(1)(c)). */
final class Minimisation implements Rule {

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        Declared<DataCategory> declared = Declared.data(questionnaire);
        for (AuthorisedEntry entry : AuthorisedEntry.all(questionnaire)) {
            if (!entry.use().kind().isAdministrative()) {
                continue;
            }
            for (Grant.Named<DataCategory> data : declared.named(entry.rule().data())) {
                if (data.item().kind() == DataKind.HEALTH_IDENTIFYING) {
                    violations.warning("message")
                            .with("use", entry.use().label()).with("useId", entry.use().id())
                            .with("useKind", violations.term(entry.use().kind()))
                            .with("data", data.item().label()).with("dataId", data.item().id())
                            .reading(Where.at("data", data.declared()).then("kind"))
                            .settledByRemoving(Ids.ALL.equals(entry.rule().data().get(data.index())) ? Optional.empty()
                                    : Optional.of(entry.at().then("data", data.index())), data.item(), null)
                            .at(entry.at().then("data", data.index()));
                }
            }
        }
    }
}
