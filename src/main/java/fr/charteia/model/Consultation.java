package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A body consulted before the director adopts the establishment charter: the CSE, and the CME for
 * medical matters (domain-facts: enforceability).
 */
public record Consultation(@NotBlank(message = "{Q-SCHEMA.required}") String body, Optional<LocalDate> date) {

    public Consultation {
        date = date == null ? Optional.empty() : date;
    }
}
