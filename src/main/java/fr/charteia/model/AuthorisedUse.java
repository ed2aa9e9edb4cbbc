package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One authorised rule: these roles may use these tools with these data for this use, under these
 * conditions. References are ids or {@code "*"}.
 */
public record AuthorisedUse(
        @NotNull(message = "{Q-SCHEMA.required}") String use,
        @NotEmpty(message = "{Q-SCHEMA.nonEmpty}") List<@NotBlank(message = "{Q-SCHEMA.blank}") String> roles,
        @NotEmpty(message = "{Q-SCHEMA.nonEmpty}") List<@NotBlank(message = "{Q-SCHEMA.blank}") String> tools,
        @NotEmpty(message = "{Q-SCHEMA.nonEmpty}") List<@NotBlank(message = "{Q-SCHEMA.blank}") String> data,
        boolean humanValidation,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> conditions) {

    public AuthorisedUse {
        roles = Lists.immutable(roles);
        tools = Lists.immutable(tools);
        data = Lists.immutable(data);
        conditions = Lists.immutable(conditions);
    }
}
