package fr.charteia.diff;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One difference between two versions of a questionnaire.
 *
 * @param kind what changed, such as {@code tool.added} or {@code use.forbidden}; stable, for tools
 * @param subject the id (or the text) of what it is about: a tool, a use, a role, a contact…
 * @param text the change in plain words, one line
 * @param before the value in the old version, when the change is of a value (else null)
 * @param after the value in the new version, when the change is of a value (else null)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Change(String kind, String subject, String text, Object before, Object after) {

    static Change of(String kind, String subject, String text) {
        return new Change(kind, subject, text, null, null);
    }
}
