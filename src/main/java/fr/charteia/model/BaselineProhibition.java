package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;

/**
 * A prohibition of the establishment baseline. Departments name their own data, uses and roles, so
 * the establishment writes its prohibitions on kinds: a combination of catalogue tools, data kinds,
 * use kinds and role kinds (a part left out means all), with its reason; or a plain statement of a
 * forbidden practice.
 *
 * @param tools ids of the establishment's catalogue tools, or {@code "*"}
 */
public record BaselineProhibition(
        List<@NotBlank(message = "{Q-SCHEMA.blank}") String> tools,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") DataKind> dataKinds,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") UseKind> useKinds,
        List<@NotNull(message = "{Q-SCHEMA.nullItem}") RoleKind> roleKinds,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> reason,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> statement) {

    public BaselineProhibition {
        tools = Lists.immutable(tools);
        dataKinds = Lists.immutable(dataKinds);
        useKinds = Lists.immutable(useKinds);
        roleKinds = Lists.immutable(roleKinds);
        reason = reason == null ? Optional.empty() : reason;
        statement = statement == null ? Optional.empty() : statement;
    }

    /** True when it forbids combinations, not only states a practice. */
    public boolean namesCombination() {
        return !tools.isEmpty() || !dataKinds.isEmpty() || !useKinds.isEmpty() || !roleKinds.isEmpty();
    }

    public boolean coversAllTools() {
        return tools.isEmpty() || Ids.namesAll(tools);
    }
}
