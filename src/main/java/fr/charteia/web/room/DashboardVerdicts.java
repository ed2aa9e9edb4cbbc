package fr.charteia.web.room;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.QuestionnaireSource;
import fr.charteia.Toolkit;
import fr.charteia.room.Participant;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each participant's draft checked by the toolkit, as the dashboard shows it. The dashboard is read
 * every few seconds while most drafts do not change: a draft is checked again only when its bytes did.
 */
final class DashboardVerdicts {

    /** The errors and warnings of a draft as it was checked. */
    record Verdict(long errors, long warnings) {
    }

    private record Checked(byte[] yaml, CheckedQuestionnaire checked) {
    }

    private final Toolkit toolkit;
    private final Optional<Path> draftFolder;
    private final Map<String, Checked> byParticipant = new ConcurrentHashMap<>();

    DashboardVerdicts(Toolkit toolkit, Optional<Path> draftFolder) {
        this.toolkit = toolkit;
        this.draftFolder = draftFolder;
    }

    /** The draft checked, in French (the trainer's language). */
    CheckedQuestionnaire check(Participant participant, byte[] yaml) {
        Checked known = byParticipant.get(participant.id());
        if (known != null && Arrays.equals(known.yaml(), yaml)) {
            return known.checked();
        }
        CheckedQuestionnaire checked = toolkit.validate(
                new QuestionnaireSource(participant.draftId() + ".yaml", yaml, draftFolder), Locale.FRENCH);
        byParticipant.put(participant.id(), new Checked(yaml.clone(), checked));
        return checked;
    }

    Verdict verdict(Participant participant, byte[] yaml) {
        CheckedQuestionnaire checked = check(participant, yaml);
        return new Verdict(checked.report().errors(), checked.report().warnings());
    }
}
