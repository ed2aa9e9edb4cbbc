package fr.charteia.document;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.model.DocumentLanguage;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** French no-break spaces: before tall punctuation, inside guillemets, between a number and its unit. */
class FrenchTypographyTest {

    /** Written with « _ » for U+00A0 and « ^ » for U+202F, to read the expectations. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Attention : risque", "Attention_: risque"),
                Arguments.of("Pourquoi ? Parce que ; enfin !", "Pourquoi^? Parce que^; enfin^!"),
                Arguments.of("trop d'espaces   ?", "trop d'espaces^?"),
                Arguments.of("« données »", "«^données^»"),
                Arguments.of("«données»", "«^données^»"),
                Arguments.of("une case « Autorisé » ou « Sous conditions »", "une case «^Autorisé^» ou «^Sous conditions^»"),
                Arguments.of("2 Mio", "2_Mio"),
                Arguments.of("durée : 24 mois", "durée_: 24_mois"),
                Arguments.of("12 h, 30 min, 7 heures, 3 ans", "12_h, 30_min, 7_heures, 3_ans"),
                Arguments.of("5 % et 37 °C", "5_% et 37_°C"),
                Arguments.of("1 250 €", "1^250_€"),
                Arguments.of("1 250 000 dossiers", "1^250^000 dossiers"),
                Arguments.of("RGPD, art. 9 et n° 12", "RGPD, art._9 et n°_12"),
                Arguments.of(" : jamais", "_: jamais"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void putsNoBreakSpacesWhereFrenchTypographyWantsThem(String text, String expected) {
        assertThat(FrenchTypography.apply(text)).isEqualTo(visible(expected));
    }

    @Test
    void leavesAddressesTimesAndOrdinaryWordsAlone() {
        List<String> untouched = List.of("https://example.org/page?id=1", "10:30", "Oui!", "5 membres", "2 modèles",
                "03 80 00 00 10", "article 4", "Pôle urgences – SAMU – SMUR", "", "2016/679");
        assertThat(untouched).allSatisfy(text -> assertThat(FrenchTypography.apply(text)).isEqualTo(text));
        assertThat(FrenchTypography.apply(null)).isNull();
    }

    @Test
    void givesTheSameTextWhenAppliedTwice() {
        cases().forEach(arguments -> {
            String once = FrenchTypography.apply((String) arguments.get()[0]);
            assertThat(FrenchTypography.apply(once)).isEqualTo(once);
        });
    }

    @Test
    void appliesToFrenchDocumentsOnly() {
        assertThat(Typography.of(DocumentLanguage.FR).apply("Note : x")).isEqualTo("Note\u00A0: x");
        UnaryOperator<String> english = Typography.of(DocumentLanguage.EN);
        assertThat(english.apply("Note : x ?")).isEqualTo("Note : x ?");
    }

    private static String visible(String text) {
        return text.replace('_', FrenchTypography.NO_BREAK_SPACE).replace('^', FrenchTypography.NARROW_NO_BREAK_SPACE);
    }
}
