package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;

/** How staff report an AI-related incident; left out, the documents print the standard procedure. */
public record IncidentProcedure(@NotBlank(message = "{Q-SCHEMA.required}") String procedure) {
}
