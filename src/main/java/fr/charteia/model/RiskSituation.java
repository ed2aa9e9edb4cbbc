package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;

/** A situation of the department where AI use goes wrong easily, what is at stake, and the reflex that avoids it. */
public record RiskSituation(
        @NotBlank(message = "{Q-SCHEMA.required}") String situation,
        @NotBlank(message = "{Q-SCHEMA.required}") String risk,
        @NotBlank(message = "{Q-SCHEMA.required}") String reflex) {
}
