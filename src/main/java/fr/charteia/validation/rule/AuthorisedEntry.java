package fr.charteia.validation.rule;

import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Use;
import java.util.ArrayList;
import java.util.List;

/** An authorised rule with its index and its declared use, for rules that look at the use kind. */
record AuthorisedEntry(int index, AuthorisedUse rule, Use use) {

    Where at() {
        return Where.at("authorised", index);
    }

    /** The authorised rules whose use is declared and has a kind; the others are reported elsewhere. */
    static List<AuthorisedEntry> all(Questionnaire questionnaire) {
        List<AuthorisedEntry> entries = new ArrayList<>();
        Declared<Use> uses = Declared.uses(questionnaire);
        for (int i = 0; i < questionnaire.authorised().size(); i++) {
            AuthorisedUse rule = questionnaire.authorised().get(i);
            if (rule == null) {
                continue;
            }
            int index = i;
            uses.find(rule.use())
                    .filter(use -> use.kind() != null)
                    .ifPresent(use -> entries.add(new AuthorisedEntry(index, rule, use)));
        }
        return entries;
    }
}
