package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** Something staff may want to do with a generative AI tool. */
public record Use(
        @NotNull(message = "{Q-SCHEMA.required}") @Pattern(regexp = Ids.PATTERN, message = "{Q-SCHEMA.id}") String id,
        @NotBlank(message = "{Q-SCHEMA.required}") String label,
        @NotNull(message = "{Q-SCHEMA.required}") UseKind kind,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> description) {

    public Use {
        description = description == null ? Optional.empty() : description;
    }
}
