package fr.charteia.compose;

import fr.charteia.model.Role;
import java.util.regex.Pattern;

/**
 * How tables and the sheet name a role: its {@code short_label}, else its label without what it
 * says in brackets (« Médecin urgentiste (PH, praticien contractuel) » → « Médecin urgentiste »).
 */
final class ShortLabels {

    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^()]*\\)");

    private ShortLabels() {
    }

    static String of(Role role) {
        if (role.shortLabel().isPresent()) {
            return role.shortLabel().get().strip();
        }
        String shorter = BRACKETS.matcher(role.label()).replaceAll("").strip();
        return shorter.isEmpty() ? role.label() : shorter;
    }
}
