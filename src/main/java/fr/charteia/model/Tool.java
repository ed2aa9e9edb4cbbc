package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * An AI tool staff may meet. Left-out answers take the cautious value: no contract, training on
 * inputs unknown, not CE-marked, impact assessment not known to be done, not known to be in the
 * register of processing activities, patients not known to be informed.
 *
 * @param shortName how the documents name the tool after the tools table (the full name when absent)
 * @param record the processing is in the register of processing activities (GDPR art. 30)
 * @param patientNotice patients are informed of the processing (GDPR art. 13-14)
 */
public record Tool(
        @NotNull(message = "{Q-SCHEMA.required}") @Pattern(regexp = Ids.PATTERN, message = "{Q-SCHEMA.id}") String id,
        @NotBlank(message = "{Q-SCHEMA.required}") String name,
        @NotNull(message = "{Q-SCHEMA.required}") ToolKind kind,
        @NotNull(message = "{Q-SCHEMA.required}") Hosting hosting,
        boolean contract,
        TrainsOnInputs trainsOnInputs,
        boolean ceMarked,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}")
                @Size(max = SHORT_NAME_MAX, message = "{Q-SCHEMA.shortName}") String> shortName,
        Optional<ToolAccount> account,
        DpiaStatus dpia,
        Optional<Boolean> record,
        Optional<Boolean> patientNotice) {

    /** The longest short name: it must fit a table column and a line of the sheet. */
    public static final int SHORT_NAME_MAX = 30;

    public Tool {
        trainsOnInputs = trainsOnInputs == null ? TrainsOnInputs.UNKNOWN : trainsOnInputs;
        shortName = shortName == null ? Optional.empty() : shortName;
        account = account == null ? Optional.empty() : account;
        dpia = dpia == null ? DpiaStatus.UNKNOWN : dpia;
        record = record == null ? Optional.empty() : record;
        patientNotice = patientNotice == null ? Optional.empty() : patientNotice;
    }

    /** The name the documents use after the tools table: the short name, else the full name. */
    public String displayName() {
        return shortName.filter(s -> !s.isBlank()).orElse(name);
    }
}
