package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Language of the generated documents. */
public enum DocumentLanguage implements Coded {
    @JsonProperty("fr") FR,
    @JsonProperty("en") EN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
