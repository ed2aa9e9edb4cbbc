package fr.charteia.model;

import java.util.Optional;

/** A person to call about data protection, security or AI; checked by rule G-CONTACTS. */
public record Contact(String name, String email, Optional<String> phone) {

    public Contact {
        phone = phone == null ? Optional.empty() : phone;
    }
}
