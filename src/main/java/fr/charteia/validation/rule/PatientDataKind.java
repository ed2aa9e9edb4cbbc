package fr.charteia.validation.rule;

import fr.charteia.model.DataCategory;
import fr.charteia.model.DataKind;
import fr.charteia.model.DataSubject;
import fr.charteia.model.Questionnaire;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * D-PATIENT-DATA: what a hospital records about patients for their care, admission data included,
 * is health data (GDPR recital 35), so a category about patients cannot be classed as mere personal,
 * internal or public data (ERROR). A {@code personal} category whose words speak of patients, with
 * no {@code about} to say otherwise, is probably such a mistake (WARNING).
 */
final class PatientDataKind implements Rule {

    /**
     * Words that name patients or their stay, French and English, matched whole on text without
     * accents or case. Kept narrow on purpose: "dossier" or "nom" alone also describe staff files.
     */
    private static final Pattern PATIENT_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}])("
            + "patient(e)?s?|admissions?|ipp|sejours?|hospitalisations?|hospitalise(e)?s?|dossiers? medica(l|ux)"
            + "|usager(e)?s?|inpatients?|outpatients?|hospital stays?|hospitali[sz]ations?|medical records?"
            + "|health records?)(?![\\p{L}\\p{N}])");

    /** Kinds that would take data about patients out of the health-data rules (anonymised data are no one's). */
    private static final Set<DataKind> NOT_HEALTH = EnumSet.of(DataKind.PERSONAL, DataKind.INTERNAL, DataKind.PUBLIC);

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        for (int i = 0; i < questionnaire.data().size(); i++) {
            DataCategory category = questionnaire.data().get(i);
            if (category == null || category.kind() == null) {
                continue;
            }
            Where at = Where.at("data", i);
            boolean aboutPatients = category.about().filter(a -> a == DataSubject.PATIENTS).isPresent();
            if (aboutPatients && NOT_HEALTH.contains(category.kind())) {
                violations.error("kind").with("data", category.label()).with("dataId", category.id())
                        .with("kind", category.kind().code())
                        .with("dataKind", violations.term(category.kind())).at(at.then("kind"));
            } else if (category.kind() == DataKind.PERSONAL && category.about().isEmpty()) {
                // at data[i].about, written or not: an about of the wrong shape is then Q-SCHEMA's alone
                patientWord(category).ifPresent(word -> violations.warning("unstated")
                        .with("data", category.label()).with("dataId", category.id()).with("word", word)
                        .at(at.then("about")));
            }
        }
    }

    /** The first word of the label, then of the examples, that speaks of patients, as written. */
    private static Optional<String> patientWord(DataCategory category) {
        return firstPatientWord(category.label()).or(() -> category.examples().flatMap(PatientDataKind::firstPatientWord));
    }

    static Optional<String> firstPatientWord(String text) {
        if (text == null) {
            return Optional.empty();
        }
        FoldedText folded = FoldedText.of(text);
        Matcher m = PATIENT_WORDS.matcher(folded.text());
        return m.find() ? Optional.of(folded.original(m.start(), m.end())) : Optional.empty();
    }
}
