package fr.charteia.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** The quality header block (cartouche) of a controlled document. */
public record DocumentControl(
        @NotBlank(message = "{Q-SCHEMA.required}") String reference,
        @NotBlank(message = "{Q-SCHEMA.required}") String version,
        @NotNull(message = "{Q-SCHEMA.required}") LocalDate effectiveDate,
        @NotNull(message = "{Q-SCHEMA.required}") LocalDate reviewDate,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person writtenBy,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person reviewedBy,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person approvedBy,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> distribution) {

    public DocumentControl {
        distribution = Lists.immutable(distribution);
    }
}
