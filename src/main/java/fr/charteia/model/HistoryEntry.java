package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of the charter's version table (« Historique des versions »): document control keeps
 * every version's date, author and what changed, so an auditor can follow the charter's life.
 *
 * @param changes what changed, in the document's language; the text {@code charte-ia diff} prints fits here
 */
public record HistoryEntry(
        @NotBlank(message = "{Q-SCHEMA.required}") String version,
        @NotNull(message = "{Q-SCHEMA.required}") LocalDate date,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> author,
        @NotBlank(message = "{Q-SCHEMA.required}") String changes) {

    public HistoryEntry {
        author = author == null ? Optional.empty() : author;
    }
}
