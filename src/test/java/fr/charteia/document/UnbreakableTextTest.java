package fr.charteia.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.model.DocumentLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phone numbers and e-mail addresses are found, kept whole, and nothing else is. */
class UnbreakableTextTest {

    @Test
    void joinsTheDigitGroupsOfPhoneNumbersWithNoBreakSpaces() {
        assertThat(UnbreakableText.apply("DPO : 03 80 00 00 10, RSSI : +33 3 80 00 00 20."))
                .isEqualTo("DPO : 03\u00A080\u00A000\u00A000\u00A010, RSSI : +33\u00A03\u00A080\u00A000\u00A000\u00A020.");
        assertThat(UnbreakableText.apply("Switchboard 020 7946 0958")).isEqualTo("Switchboard 020\u00A07946\u00A00958");
        assertThat(UnbreakableText.apply("03.80.00.00.10")).isEqualTo("03.80.00.00.10");
    }

    @Test
    void leavesYearsAmountsDatesAndArticleNumbersAlone() {
        for (String text : List.of("entre 2025 2026 et 2027", "15 000 euros", "le 01 02 2025", "loi n° 78-17",
                "article L1111-8-2", "1 250 000 €", "0 à 10")) {
            assertThat(UnbreakableText.apply(text)).as(text).isEqualTo(text);
            assertThat(UnbreakableText.ranges(text)).as(text).isEmpty();
        }
    }

    @Test
    void findsPhoneNumbersAndEmailAddressesInOrder() {
        String text = "alerter le DPO (dpo@ch-valmont.fr, 03 80 00 00 10) ou referent-ia@ch-valmont.fr.";
        assertThat(UnbreakableText.ranges(text)).extracting(r -> text.substring(r.start(), r.end()))
                .containsExactly("dpo@ch-valmont.fr", "03 80 00 00 10", "referent-ia@ch-valmont.fr");
    }

    @Test
    void aLineBreaksAtSpacesHyphensAndSlashesButNeverInsideANumberOrAnAddress() {
        assertThat(UnbreakableText.words("aide-soignant et/ou cadre")).containsExactly("aide-", "soignant", "et/", "ou",
                "cadre");
        assertThat(UnbreakableText.words("(referent-ia@ch-valmont.fr) au 03 80 00 00 10"))
                .containsExactly("(referent-ia@ch-valmont.fr)", "au", "03 80 00 00 10");
        assertThat(UnbreakableText.words(UnbreakableText.apply("tél. 03 80 00 00 10")))
                .containsExactly("tél.", "03\u00A080\u00A000\u00A000\u00A010");
    }

    @Test
    void wordsBreakAfterEverySpaceRunHyphenAndSlashOnly() {
        assertThat(UnbreakableText.words("  a\t\n b  ")).containsExactly("a", "b");
        assertThat(UnbreakableText.words("a--b/ c-")).containsExactly("a-", "-", "b/", "c-");
        assertThat(UnbreakableText.words("24\u00A0mois\u2009x")).containsExactly("24\u00A0mois", "x");
        assertThat(UnbreakableText.words("")).isEmpty();
    }

    @Test
    void everyWriterGetsItThroughTheDocumentTypographyInEveryLanguage() {
        assertThat(Typography.of(DocumentLanguage.EN).apply("call 03 80 00 00 10"))
                .isEqualTo("call 03\u00A080\u00A000\u00A000\u00A010");
        assertThat(Typography.of(DocumentLanguage.FR).apply("DPO ; 03 80 00 00 10"))
                .isEqualTo("DPO\u202F; 03\u00A080\u00A000\u00A000\u00A010");
        String once = Typography.of(DocumentLanguage.FR).apply("Joindre : 01 23 45 67 89 !");
        assertThat(Typography.of(DocumentLanguage.FR).apply(once)).isEqualTo(once);
    }
}
