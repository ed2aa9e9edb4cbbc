package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * One forbidden rule. Either a combination (any of use, roles, tools, data; a part left out means
 * "all") with a reason, or a plain statement of a forbidden practice, or both.
 */
public record ForbiddenUse(
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> use,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> roles,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> tools,
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> data,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> reason,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> statement) {

    public ForbiddenUse {
        use = use == null ? Optional.empty() : use;
        roles = Lists.immutable(roles);
        tools = Lists.immutable(tools);
        data = Lists.immutable(data);
        reason = reason == null ? Optional.empty() : reason;
        statement = statement == null ? Optional.empty() : statement;
    }

    /** True when the entry forbids (use, role, tool, data) combinations, not only states a practice. */
    public boolean namesCombination() {
        return use.isPresent() || !roles.isEmpty() || !tools.isEmpty() || !data.isEmpty();
    }

    public boolean coversAllUses() {
        return use.isEmpty() || use.get().equals(Ids.ALL);
    }

    public boolean coversAllRoles() {
        return roles.isEmpty() || Ids.namesAll(roles);
    }

    public boolean coversAllTools() {
        return tools.isEmpty() || Ids.namesAll(tools);
    }

    public boolean coversAllData() {
        return data.isEmpty() || Ids.namesAll(data);
    }
}
