package fr.charteia.model;

import java.util.Optional;

/** The institution's contacts; DPO and security officer are required (rule G-CONTACTS). */
public record Contacts(Optional<Contact> dpo, Optional<Contact> securityOfficer, Optional<Contact> aiReferent) {

    public Contacts {
        dpo = dpo == null ? Optional.empty() : dpo;
        securityOfficer = securityOfficer == null ? Optional.empty() : securityOfficer;
        aiReferent = aiReferent == null ? Optional.empty() : aiReferent;
    }

    public static Contacts none() {
        return new Contacts(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
