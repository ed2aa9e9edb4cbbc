package fr.charteia.validation;

/**
 * What several findings of a grant can have in common: an authorised rule gives a data category to
 * a tool that must not receive it, and removing that data reference settles them all.
 *
 * @param place the data reference, {@code authorised[6].data[1]}
 * @param data the category's label
 * @param dataId its id, named by the fix « retirez « patient » de cette règle »
 * @param dataKind the phrase for its kind, {@code des données de santé identifiantes}
 * @param toolId the tool the reason is about; empty when the reason is about the use
 * @param tool the tool's name
 * @param reason the short clause saying why, in the language of the report
 * @param joinsOnly the finding lapses with the reference but does not forbid it (D-DPIA: a tool's
 *     formalities for the health data it gets only there): it joins a merged finding about the same
 *     tool, and is never merged on its own account
 */
public record SharedCause(String place, String data, String dataId, String dataKind, String toolId, String tool,
        String reason, boolean joinsOnly) {
}
