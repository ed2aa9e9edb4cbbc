package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** A training or awareness action followed or planned (AI Act art. 4, AI literacy). */
public record TrainingAction(
        @NotBlank(message = "{Q-SCHEMA.required}") String title,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> audience,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> date) {

    public TrainingAction {
        audience = audience == null ? Optional.empty() : audience;
        date = date == null ? Optional.empty() : date;
    }
}
