package fr.charteia.validation.rule;

import fr.charteia.model.Contact;
import fr.charteia.model.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * P-PERSONAL-TEXT: the charter is posted and shared, so its free text must not itself leak
 * personal data, such as an example copied from a real record. Heuristics, hence a warning.
 */
final class PersonalDataInText implements Rule {

    /** French social-security number (NIR): sex, year, month, département (2A/2B for Corsica), commune, order, key. */
    private static final Pattern NIR = Pattern.compile(
            "(?<![\\d])[12]\\s?\\d{2}\\s?(0[1-9]|1[0-2]|[2-9]\\d)\\s?(\\d{2}|2[ABab])\\s?\\d{3}\\s?\\d{3}(\\s?\\d{2})?(?![\\d])");
    /** The fewest digits a NIR (12 without its key, Corsica written 2A or 2B) and a French phone number (10) are written with. */
    private static final int NIR_DIGITS = 12;
    private static final int PHONE_DIGITS = 10;
    private static final Pattern PHONE = Pattern.compile("(?<![\\d])(\\+33\\s?|0)[1-9]([\\s.-]?\\d{2}){4}(?![\\d])");
    /** Anchored by a look-behind so a long word without "@" is scanned once, not once per start position. */
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.%+'-])[\\w.%+'-]+@[\\w-]+(\\.[\\w-]+)+");
    /**
     * A birth-date cue: a keyword (« née le », « né en », « née Martin le », born on / in, DDN, DOB,
     * date of birth), or a date before 2020 (dates in a charter's own text are recent or future).
     * {@code (?U)}: a civility is often followed by a no-break space when typed in a word processor.
     */
    private static final Pattern BIRTH = Pattern.compile("(?iU)(\\bn[ée]e?\\s+((?-i:\\p{Lu})[\\p{L}'-]+\\s+)?(le|en)\\b"
            + "|\\bborn\\s+(on|in)\\b|\\bborn(?=\\s+\\d)|\\b(DDN|DOB)\\b|date de naissance|date of birth"
            + "|(?<![\\d/])\\d{1,2}[/.-]\\d{1,2}[/.-](19\\d{2}|20[01]\\d)(?![\\d]))");
    /**
     * A civility followed by a capitalised word (French civilities in any case: « MME DUPONT »), or a
     * first name followed by a surname in capitals. A name alone is not personal data worth a warning:
     * the charter names its contacts and signatories.
     */
    private static final Pattern NAME = Pattern.compile("(?U)\\b((?i:mme|mlle|monsieur|madame|mademoiselle)\\b"
            + "|M\\.|Mr\\b\\.?|Mrs\\b\\.?|Ms\\b\\.?|Dr\\b\\.?)\\s+\\p{Lu}[\\p{L}'-]+"
            + "|\\b\\p{Lu}\\p{Ll}+\\s+\\p{Lu}{2,}\\b");

    @Override
    public void check(Questionnaire q, Violations violations) {
        Set<String> contactEmails = contacts(q).map(Contact::email).filter(Objects::nonNull)
                .map(e -> e.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> contactPhones = contacts(q).flatMap(c -> c.phone().stream()).map(PersonalDataInText::digits)
                .collect(Collectors.toSet());
        freeTexts(q, (where, text) -> inspect(text, contactEmails, contactPhones)
                .ifPresent(kind -> {
                    Violations.Report report = violations.warning(kind.variant).with("excerpt", kind.excerpt);
                    if (kind.variant.equals("email") || kind.variant.equals("phone")) {
                        // compared with the contacts: a misspelt "contacts:" would make every contact a stranger
                        report.reading(Where.at("organisation").then("contacts"));
                    }
                    report.at(where);
                }));
    }

    private record Suspicion(String variant, String excerpt) {
    }

    private static Optional<Suspicion> inspect(String text, Set<String> contactEmails, Set<String> contactPhones) {
        // Most free texts have no run of digits and no "@": the patterns that need them are skipped.
        long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
        if (digits >= NIR_DIGITS) {
            Matcher nir = NIR.matcher(text);
            if (nir.find()) {
                String found = nir.group();
                return Optional.of(new Suspicion("nir", found.substring(0, Math.min(5, found.length())) + "…"));
            }
        }
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                if (!contactEmails.contains(email.group().toLowerCase(Locale.ROOT))) {
                    return Optional.of(new Suspicion("email", email.group()));
                }
            }
        }
        if (digits >= PHONE_DIGITS) {
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                if (!contactPhones.contains(digits(phone.group()))) {
                    return Optional.of(new Suspicion("phone", phone.group()));
                }
            }
        }
        Matcher name = NAME.matcher(text);
        if (name.find()) {
            Matcher birth = BIRTH.matcher(text);
            if (birth.find()) {
                return Optional.of(new Suspicion("birth", name.group() + " … " + birth.group()));
            }
        }
        return Optional.empty();
    }

    private static String digits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.startsWith("33") && digits.length() == 11 ? "0" + digits.substring(2) : digits;
    }

    private static Stream<Contact> contacts(Questionnaire q) {
        if (q.organisation() == null) {
            return Stream.empty();
        }
        var c = q.organisation().contacts();
        return Stream.of(c.dpo(), c.securityOfficer(), c.aiReferent()).flatMap(Optional::stream);
    }

    /** Every free-text answer with its place; ids, names of signatories and contacts are meant to be there. */
    private static void freeTexts(Questionnaire q, BiConsumer<Where, String> visit) {
        if (q.organisation() != null) {
            text(visit, Where.at("organisation").then("name"), q.organisation().name());
        }
        if (q.service() != null) {
            text(visit, Where.at("service").then("name"), q.service().name());
            q.service().unit().ifPresent(u -> text(visit, Where.at("service").then("unit"), u));
        }
        if (q.document() != null) {
            strings(visit, Where.at("document"), "distribution", q.document().distribution());
        }
        each(q.roles(), (i, r) -> {
            text(visit, Where.at("roles", i).then("label"), r.label());
            r.shortLabel().ifPresent(s -> text(visit, Where.at("roles", i).then("shortLabel"), s));
        });
        each(q.tools(), (i, t) -> {
            text(visit, Where.at("tools", i).then("name"), t.name());
            t.shortName().ifPresent(s -> text(visit, Where.at("tools", i).then("shortName"), s));
        });
        each(q.data(), (i, d) -> {
            text(visit, Where.at("data", i).then("label"), d.label());
            d.examples().ifPresent(e -> text(visit, Where.at("data", i).then("examples"), e));
        });
        each(q.uses(), (i, u) -> {
            text(visit, Where.at("uses", i).then("label"), u.label());
            u.description().ifPresent(e -> text(visit, Where.at("uses", i).then("description"), e));
        });
        each(q.authorised(), (i, a) -> strings(visit, Where.at("authorised", i), "conditions", a.conditions()));
        each(q.forbidden(), (i, f) -> {
            f.reason().ifPresent(r -> text(visit, Where.at("forbidden", i).then("reason"), r));
            f.statement().ifPresent(s -> text(visit, Where.at("forbidden", i).then("statement"), s));
        });
        each(q.situations(), (i, s) -> {
            text(visit, Where.at("situations", i).then("situation"), s.situation());
            text(visit, Where.at("situations", i).then("risk"), s.risk());
            text(visit, Where.at("situations", i).then("reflex"), s.reflex());
        });
        for (int i = 0; i < q.practices().size(); i++) {
            text(visit, Where.at("practices", i), q.practices().get(i));
        }
        q.incident().ifPresent(incident -> text(visit, Where.at("incident").then("procedure"), incident.procedure()));
        q.traceability().ifPresent(t -> text(visit, Where.at("traceability"), t));
        each(q.training(), (i, t) -> {
            text(visit, Where.at("training", i).then("title"), t.title());
            t.audience().ifPresent(a -> text(visit, Where.at("training", i).then("audience"), a));
            t.date().ifPresent(d -> text(visit, Where.at("training", i).then("date"), d));
        });
    }

    private interface IndexedVisitor<T> {
        void visit(int index, T item);
    }

    private static <T> void each(List<T> items, IndexedVisitor<T> visitor) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null) {
                visitor.visit(i, items.get(i));
            }
        }
    }

    private static void strings(BiConsumer<Where, String> visit, Where parent, String list, List<String> texts) {
        for (int k = 0; k < texts.size(); k++) {
            text(visit, parent.then(list, k), texts.get(k));
        }
    }

    private static void text(BiConsumer<Where, String> visit, Where where, String text) {
        if (text != null && !text.isBlank()) {
            visit.accept(where, text);
        }
    }
}
