package fr.charteia.document;

import fr.charteia.model.DocumentLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A document identity and Markdown exercising every convention, for writer tests. */
public final class DocumentFixtures {

    private DocumentFixtures() {
    }

    public static final Map<String, String> FRENCH_LABELS = Map.ofEntries(
            Map.entry("cartouche.documentType", "Type de document"),
            Map.entry("cartouche.title", "Titre"),
            Map.entry("cartouche.organisation", "Établissement"),
            Map.entry("cartouche.service", "Service"),
            Map.entry("cartouche.reference", "Référence"),
            Map.entry("cartouche.version", "Version"),
            Map.entry("cartouche.effectiveDate", "Date d'application"),
            Map.entry("cartouche.reviewDate", "Date de révision"),
            Map.entry("cartouche.writtenBy", "Rédigé par"),
            Map.entry("cartouche.reviewedBy", "Vérifié par"),
            Map.entry("cartouche.approvedBy", "Approuvé par"),
            Map.entry("cartouche.signature", "Date et signature"),
            Map.entry("cartouche.distribution", "Diffusion"),
            Map.entry("cartouche.parentReference", "Déclinaison de la charte d'établissement réf."),
            Map.entry("header.separator", " — "),
            Map.entry("footer.version", "Version"),
            Map.entry("footer.page", "Page"),
            Map.entry("footer.of", "/"),
            Map.entry("toc.title", "Sommaire"),
            Map.entry("list.separator", " ; "));

    public static DocumentMeta charterMeta() {
        return new DocumentMeta(DocumentKind.CHARTER, DocumentLanguage.FR, "Charte d'usage de l'IA générative",
                "Charte d'usage de l'IA générative — Urgences adultes (SAU)",
                "Règles d'usage de l'IA générative du service Urgences adultes (SAU)",
                List.of("IA générative", "charte", "RGPD", "Urgences adultes (SAU)"),
                "Centre hospitalier de Valmont", "Urgences adultes (SAU)", Optional.of("Pôle urgences – SAMU – SMUR"),
                "QUA-IA-URG-001", "1.0", LocalDate.of(2027, 1, 4), LocalDate.of(2028, 1, 4), "4 janvier 2027",
                "4 janvier 2028", new Signatory("Hélène Garnier", "Cadre supérieure de santé"),
                new Signatory("Claire Morvan", "Déléguée à la protection des données"),
                new Signatory("Dr Paul Lefèvre", "Chef de service"), Optional.empty(), List.of("Tous les personnels du service"),
                Optional.empty(), Optional.empty(), FRENCH_LABELS);
    }

    public static String conventionsMarkdown() {
        try (InputStream in = DocumentFixtures.class.getResourceAsStream("conventions.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
