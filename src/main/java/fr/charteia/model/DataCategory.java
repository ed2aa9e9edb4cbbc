package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** A category of data the team handles, with optional examples to help staff recognise it, and whom it is about. */
public record DataCategory(
        @NotNull(message = "{Q-SCHEMA.required}") @Pattern(regexp = Ids.PATTERN, message = "{Q-SCHEMA.id}") String id,
        @NotBlank(message = "{Q-SCHEMA.required}") String label,
        @NotNull(message = "{Q-SCHEMA.required}") DataKind kind,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> examples,
        Optional<DataSubject> about) {

    public DataCategory {
        examples = examples == null ? Optional.empty() : examples;
        about = about == null ? Optional.empty() : about;
    }
}
