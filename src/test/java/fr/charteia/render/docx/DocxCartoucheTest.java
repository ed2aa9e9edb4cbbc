package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import fr.charteia.document.DocumentMeta;
import fr.charteia.document.DocumentTree;
import fr.charteia.render.pdf.XhtmlDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** Page one's quality header block is drawn from the document's identity, with its labels. */
class DocxCartoucheTest {

    @Test
    void charterCartoucheHoldsIdentityDatesAndTheThreeSignatories() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFTable cartouche = docx.tables().get(0);
            assertThat(docx.document.getBodyElements().get(0)).isSameAs(cartouche);

            assertThat(WrittenDocx.rowTexts(cartouche.getRow(0))).containsExactly(
                    "Type de document\nCharte d'usage de l'IA générative",
                    "Titre\nCharte d'usage de l'IA générative — Urgences adultes (SAU)");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(1))).containsExactly(
                    "Établissement\nCentre hospitalier de Valmont",
                    "Service\nUrgences adultes (SAU)\nPôle urgences – SAMU – SMUR",
                    "Référence\nQUA-IA-URG-001");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(2))).containsExactly(
                    "Version\n1.0", "Date d'application\n4 janvier 2027", "Date de révision\n4 janvier 2028");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(3))).containsExactly(
                    "Rédigé par", "Vérifié par", "Approuvé par");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(4))).containsExactly(
                    "Hélène Garnier\nCadre supérieure de santé",
                    "Claire Morvan\nDéléguée à la protection des données",
                    "Dr Paul Lefèvre\nChef de service");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(5))).containsOnly("Date et signature");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(6))).containsExactly(
                    "Diffusion\nTous les personnels du service");
        }
    }

    @Test
    void titleIsLargeAndSignatureRowLeavesRoomToSign() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFTable cartouche = docx.tables().get(0);
            assertThat(cartouche.getRow(0).getCell(1).getParagraphs().get(1).getStyle()).isEqualTo("Title");
            XWPFTableRow signatures = cartouche.getRow(5);
            assertThat(signatures.getHeight()).isGreaterThanOrEqualTo(850);
            assertThat(signatures.getHeightRule()).isEqualTo(TableRowHeightRule.AT_LEAST);
            assertThat(cartouche.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
        }
    }

    @Test
    void contentAfterTheCartoucheStartsOnPageTwo() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            assertThat(docx.paragraph("Sommaire").isPageBreak()).isTrue();
            assertThat(docx.paragraph("1. Objet et champ d'application").isPageBreak()).isTrue();
        }
    }

    @Test
    void anEmptyDistributionLeavesItsRowOut() throws Exception {
        DocumentMeta m = DocumentFixtures.charterMeta();
        DocumentMeta undistributed = new DocumentMeta(m.kind(), m.language(), m.documentType(), m.title(), m.subject(),
                m.keywords(), m.organisation(), m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(),
                m.reviewDate(), m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(), m.director(),
                List.of(), m.parentReference(), m.logo(), m.labels());
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("<!-- cartouche -->\n", undistributed))) {
            assertThat(docx.tables().get(0).getRows()).hasSize(6);
            assertThat(docx.text()).doesNotContain("Diffusion");
        }
    }

    @Test
    void sheetCartoucheFitsOnTwoLines() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("<!-- cartouche -->\n\n# Ce que je peux faire\n",
                DocxSamples.asSheet(DocumentFixtures.charterMeta())))) {
            XWPFTable cartouche = docx.tables().get(0);
            assertThat(cartouche.getRows()).hasSize(2);
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(0))).containsExactly(
                    "Charte d'usage de l'IA générative\nCharte d'usage de l'IA générative — Urgences adultes (SAU)");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(1))).containsExactly(
                    "Établissement\nCentre hospitalier de Valmont", "Service\nUrgences adultes (SAU)",
                    "Référence\nQUA-IA-URG-001", "Version\n1.0", "Date d'application\n4 janvier 2027");
            assertThat(docx.text()).doesNotContain("Rédigé par", "Date et signature");
        }
    }

    @Test
    void theDistributionListGetsTheFrenchTypographyOfTheBody() throws Exception {
        DocumentMeta m = DocumentFixtures.charterMeta();
        DocumentMeta distributed = new DocumentMeta(m.kind(), m.language(), m.documentType(), m.title(), m.subject(),
                m.keywords(), m.organisation(), m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(),
                m.reviewDate(), m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(),
                m.director(), List.of("Tous les personnels du service", "Cellule qualité : « gestion des risques »"),
                m.parentReference(), m.logo(), m.labels());
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree("<!-- cartouche -->\n", distributed))) {
            assertThat(WrittenDocx.rowTexts(docx.tables().get(0).getRow(6))).containsExactly("Diffusion\n"
                    + "Tous les personnels du service\u202F; Cellule qualité\u00A0: «\u202Fgestion des risques\u202F»");
        }
    }

    @Test
    void labelsHeaderAndFooterGetTheSameNoBreakSpacesAsInThePdf() throws Exception {
        Map<String, String> labels = new HashMap<>(DocumentFixtures.FRENCH_LABELS);
        labels.put("cartouche.title", "Titre :");
        labels.put("cartouche.writtenBy", "Rédigé par :");
        labels.put("cartouche.signature", "Date et signature :");
        labels.put("footer.version", "Version :");
        DocumentMeta m = DocumentFixtures.charterMeta();
        DocumentMeta meta = new DocumentMeta(m.kind(), m.language(), m.documentType(), m.title(), m.subject(),
                m.keywords(), "Hôpital n° 5", m.service(), m.unit(), m.reference(), m.version(), m.effectiveDate(),
                m.reviewDate(), m.effectiveDateText(), m.reviewDateText(), m.writtenBy(), m.reviewedBy(), m.approvedBy(),
                m.director(), m.distribution(), m.parentReference(), m.logo(), labels);
        DocumentTree tree = DocxSamples.tree("<!-- cartouche -->\n", meta);
        try (WrittenDocx docx = WrittenDocx.of(tree)) {
            XWPFTable cartouche = docx.tables().get(0);
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(0)).get(1)).startsWith("Titre\u00A0:\n");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(1)).get(0)).endsWith("Hôpital n°\u00A05");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(3)).get(0)).isEqualTo("Rédigé par\u00A0:");
            assertThat(WrittenDocx.rowTexts(cartouche.getRow(5))).containsOnly("Date et signature\u00A0:");
            assertThat(docx.document.getHeaderList().get(0).getText()).contains("Hôpital n°\u00A05 — Urgences");
            assertThat(docx.document.getFooterList().get(0).getText()).contains("Version\u00A0: 1.0");
        }
        assertThat(XhtmlDocument.of(tree).xhtml()).contains("Titre\u00A0:", "Rédigé par\u00A0:",
                "Date et signature\u00A0:", "Hôpital n°\u00A05 — Urgences", "Version\u00A0: 1.0");
    }
}
