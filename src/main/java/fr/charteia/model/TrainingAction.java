package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * A training or awareness action followed or planned (AI Act art. 4, AI literacy).
 *
 * @param roles the roles it is for, ids or {@code "*"}; empty means every role
 */
public record TrainingAction(
        @NotBlank(message = "{Q-SCHEMA.required}") String title,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> audience,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> date,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> roles) {

    public TrainingAction {
        audience = audience == null ? Optional.empty() : audience;
        date = date == null ? Optional.empty() : date;
        roles = Lists.immutable(roles);
    }

    /** True when the action is for every role: no role named, or {@code "*"}. */
    public boolean coversAllRoles() {
        return roles.isEmpty() || Ids.namesAll(roles);
    }
}
