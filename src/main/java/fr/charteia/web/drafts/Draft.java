package fr.charteia.web.drafts;

import java.time.Instant;

/**
 * A saved draft.
 *
 * @param yaml the questionnaire as saved, UTF-8
 * @param changed when it was last saved
 */
public record Draft(DraftId id, byte[] yaml, Instant changed) {

    public Draft {
        yaml = yaml.clone();
    }

    @Override
    public byte[] yaml() {
        return yaml.clone();
    }
}
