package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * A professional role of the department, such as « Infirmier·ère ».
 *
 * @param shortLabel how tables and the sheet name the role (« IDE », « Internes »); derived from
 *     the label when absent
 */
public record Role(
        @NotNull(message = "{Q-SCHEMA.required}") @Pattern(regexp = Ids.PATTERN, message = "{Q-SCHEMA.id}") String id,
        @NotBlank(message = "{Q-SCHEMA.required}") String label,
        @NotNull(message = "{Q-SCHEMA.required}") RoleKind kind,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}")
                @Size(max = Tool.SHORT_NAME_MAX, message = "{Q-SCHEMA.shortName}") String> shortLabel) {

    public Role {
        shortLabel = shortLabel == null ? Optional.empty() : shortLabel;
    }
}
