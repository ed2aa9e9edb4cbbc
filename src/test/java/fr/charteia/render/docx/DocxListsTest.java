package fr.charteia.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.document.DocumentFixtures;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/** Markdown lists become Word lists: numbering definitions, levels, restarts. */
class DocxListsTest {

    @Test
    void bulletItemsAreNumberedParagraphsWithNestedLevels() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFParagraph nurse = docx.paragraph("Infirmier·ère");
            XWPFParagraph doctor = docx.paragraph("Médecin");
            XWPFParagraph intern = docx.paragraph("Interne");
            assertThat(nurse.getStyle()).isEqualTo("ListParagraph");
            assertThat(nurse.getNumID()).isNotNull().isEqualTo(doctor.getNumID()).isEqualTo(intern.getNumID());
            assertThat(nurse.getNumIlvl()).isEqualTo(BigInteger.ZERO);
            assertThat(intern.getNumIlvl()).isEqualTo(BigInteger.ONE);
            assertThat(nurse.getNumFmt()).isEqualTo("bullet");
            assertThat(nurse.getNumLevelText()).isEqualTo("•");
            assertThat(intern.getNumFmt()).isEqualTo("bullet");
            assertThat(intern.getNumLevelText()).isEqualTo("◦");
        }
    }

    @Test
    void orderedItemsAreDecimalThenLetters() throws Exception {
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.conventions())) {
            XWPFParagraph first = docx.paragraph("Vérifier chaque chiffre, unité et nom de médicament.");
            XWPFParagraph nested = docx.paragraph("Ni nom, ni IPP, ni NIR.");
            XWPFParagraph third = docx.paragraph("Signaler tout incident.");
            assertThat(first.getNumFmt()).isEqualTo("decimal");
            assertThat(first.getNumLevelText()).isEqualTo("%1.");
            assertThat(nested.getNumFmt()).isEqualTo("lowerLetter");
            assertThat(nested.getNumIlvl()).isEqualTo(BigInteger.ONE);
            assertThat(third.getNumID()).isEqualTo(first.getNumID());
            assertThat(first.getNumID()).isNotEqualTo(docx.paragraph("Médecin").getNumID());
        }
    }

    @Test
    void everyOrderedListRestartsAtItsFirstNumber() throws Exception {
        String markdown = """
                1. Premier
                2. Deuxième

                Un paragraphe entre deux listes.

                1. Encore un

                Un autre paragraphe.

                5. Commence à cinq
                """;
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            BigInteger firstList = docx.paragraph("Premier").getNumID();
            BigInteger secondList = docx.paragraph("Encore un").getNumID();
            BigInteger thirdList = docx.paragraph("Commence à cinq").getNumID();
            assertThat(List.of(firstList, secondList, thirdList)).doesNotHaveDuplicates();
            assertThat(startOverride(docx, secondList)).isEqualTo(1);
            assertThat(startOverride(docx, thirdList)).isEqualTo(5);
        }
    }

    @Test
    void laterParagraphsOfAnItemLineUpWithItsText() throws Exception {
        String markdown = """
                - Premier point

                  Suite du premier point.
                - Second point
                """;
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            XWPFParagraph continuation = docx.paragraph("Suite du premier point.");
            assertThat(continuation.getNumID()).isNull();
            assertThat(continuation.getIndentationLeft()).isEqualTo(DocxNumbering.textIndent(0));
        }
    }

    @Test
    void leadInsStayWithWhatTheyIntroduce() throws Exception {
        String markdown = """
                Les règles suivantes s'appliquent :

                - Conditions :
                  - Relire chaque production.
                - Dernier point.

                Un paragraphe seul.
                """;
        try (WrittenDocx docx = WrittenDocx.of(DocxSamples.tree(markdown, DocumentFixtures.charterMeta()))) {
            assertThat(docx.paragraph("Les règles suivantes s'appliquent\u00A0:").isKeepNext()).isTrue();
            assertThat(docx.paragraph("Conditions\u00A0:").isKeepNext()).isTrue();
            assertThat(docx.paragraph("Dernier point.").isKeepNext()).isFalse();
            assertThat(docx.paragraph("Un paragraphe seul.").isKeepNext()).isFalse();
        }
    }

    private static int startOverride(WrittenDocx docx, BigInteger numId) {
        XWPFNum num = docx.document.getNumbering().getNum(numId);
        CTNumLvl override = num.getCTNum().getLvlOverrideArray(0);
        assertThat(override.getIlvl()).isEqualTo(BigInteger.ZERO);
        return override.getStartOverride().getVal().intValueExact();
    }
}
