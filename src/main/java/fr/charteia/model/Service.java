package fr.charteia.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/** The department the charter is written for, with its pôle and manager. */
public record Service(
        @NotBlank(message = "{Q-SCHEMA.required}") String name,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> unit,
        @NotNull(message = "{Q-SCHEMA.required}") @Valid Person manager) {

    public Service {
        unit = unit == null ? Optional.empty() : unit;
    }
}
