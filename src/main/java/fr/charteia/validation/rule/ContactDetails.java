package fr.charteia.validation.rule;

import fr.charteia.model.Contact;
import fr.charteia.model.Contacts;
import fr.charteia.model.Questionnaire;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * G-CONTACTS: staff must know whom to call. The DPO (GDPR art. 37) and the security officer are
 * required, each contact with a name and a well-formed email.
 */
final class ContactDetails implements Rule {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    @Override
    public void check(Questionnaire questionnaire, Violations violations) {
        if (questionnaire.organisation() == null) {
            return;
        }
        Contacts contacts = questionnaire.organisation().contacts();
        Where at = Where.at("organisation").then("contacts");
        checkContact(contacts.dpo(), true, "dpo", at.then("dpo"), violations);
        checkContact(contacts.securityOfficer(), true, "security_officer", at.then("securityOfficer"), violations);
        checkContact(contacts.aiReferent(), false, "ai_referent", at.then("aiReferent"), violations);
    }

    private static void checkContact(Optional<Contact> contact, boolean required, String role, Where at,
            Violations violations) {
        String who = violations.termOf("term.contact." + role);
        if (contact.isEmpty()) {
            if (required) {
                violations.error("missing").with("who", who).with("key", role).at(at);
            }
            return;
        }
        Contact c = contact.get();
        if (c.name() == null || c.name().isBlank()) {
            violations.error("name").with("who", who).at(at.then("name"));
        }
        if (c.email() == null || c.email().isBlank()) {
            violations.error("noEmail").with("who", who).at(at.then("email"));
        } else if (!EMAIL.matcher(c.email().strip()).matches() && !PlaceholderMarker.isIn(c.email())) {
            // an email still to be filled in is G-PLACEHOLDER's finding: one cause, one message
            violations.error("email").with("who", who).with("email", c.email()).at(at.then("email"));
        }
    }
}
