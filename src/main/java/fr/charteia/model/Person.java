package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;

/** A named person with a job title, as printed in the cartouche. */
public record Person(
        @NotBlank(message = "{Q-SCHEMA.required}") String name,
        @NotBlank(message = "{Q-SCHEMA.required}") String title) {
}
