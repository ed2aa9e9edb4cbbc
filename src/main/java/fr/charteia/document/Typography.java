package fr.charteia.document;

import fr.charteia.model.DocumentLanguage;
import java.util.function.UnaryOperator;

/**
 * The typography of a document language, for every text both writers print: in a French document
 * the no-break spaces of {@link FrenchTypography} (before « ; : ! ? », inside guillemets, between a
 * number and its unit); in every language, phone numbers whose digit groups never break
 * ({@link UnbreakableText}). Applying it twice gives the same text.
 */
public final class Typography implements UnaryOperator<String> {

    private static final Typography FRENCH = new Typography(true);
    private static final Typography OTHER = new Typography(false);

    private final boolean french;

    private Typography(boolean french) {
        this.french = french;
    }

    public static Typography of(DocumentLanguage language) {
        return language == DocumentLanguage.FR ? FRENCH : OTHER;
    }

    @Override
    public String apply(String text) {
        return UnbreakableText.apply(french ? FrenchTypography.apply(text) : text);
    }
}
