package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Language of the generated documents. */
public enum DocumentLanguage implements Coded {
    @JsonProperty("fr") FR("fr-FR", Locale.FRANCE),
    @JsonProperty("en") EN("en-GB", Locale.UK);

    private final String tag;
    private final Locale locale;

    DocumentLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** The BCP 47 tag the documents declare (XHTML {@code lang}, PDF catalogue, Word styles and properties). */
    public String tag() {
        return tag;
    }

    /** The locale of the documents' dates and words: France's French or British English. */
    public Locale locale() {
        return locale;
    }
}
