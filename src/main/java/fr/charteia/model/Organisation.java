package fr.charteia.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * The hospital or institution; the logo path is relative to the questionnaire file.
 *
 * @param director the director who approves the department charter with the head of department, when given
 */
public record Organisation(
        @NotBlank(message = "{Q-SCHEMA.required}") String name,
        Optional<@Pattern(regexp = Ids.NOT_BLANK, message = "{Q-SCHEMA.blank}") String> logo,
        Contacts contacts,
        Optional<@Valid Person> director) {

    public Organisation {
        logo = logo == null ? Optional.empty() : logo;
        contacts = contacts == null ? Contacts.none() : contacts;
        director = director == null ? Optional.empty() : director;
    }
}
