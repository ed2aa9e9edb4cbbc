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

    /**
     * The dates the format accepts: a charter of this century. Outside them a date is a typo (year 0, a
     * minus sign, digits run together), and documents could not carry it (PDF/A dates stop at 9999).
     */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** Whether the format accepts this date, wherever it appears. */
    public static boolean acceptsDate(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public DocumentControl {
        distribution = Lists.immutable(distribution);
        parentReference = parentReference == null ? Optional.empty() : parentReference;
    }
}
