package fr.charteia.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * The quality header block (cartouche) of a controlled document.
 *
 * @param parentReference the reference of the establishment charter this department charter applies
 */
public record DocumentControl(
        @NotBlank(message = "{Q-SCHEMA.required}") String reference,
        @NotBlank(message = "{Q-SCHEMA.required}") String version,
        @NotNull(message = "{Q-SCHEMA.required}") LocalDate effectiveDate,
        @NotNull(message = "{Q-SCHEMA.required}") LocalDate reviewDate,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person writtenBy,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person reviewedBy,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person approvedBy,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> distribution,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> parentReference) {

    public DocumentControl {
        distribution = Lists.immutable(distribution);
        parentReference = parentReference == null ? Optional.empty() : parentReference;
    }
}
