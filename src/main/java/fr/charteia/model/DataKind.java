package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Data categories, from the most to the least restricted. */
public enum DataKind implements Coded {
    @JsonProperty("health_identifying") HEALTH_IDENTIFYING,
    @JsonProperty("health_pseudonymised") HEALTH_PSEUDONYMISED,
    @JsonProperty("anonymised") ANONYMISED,
    @JsonProperty("personal") PERSONAL,
    @JsonProperty("internal") INTERNAL,
    @JsonProperty("public") PUBLIC;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Health data in the sense of GDPR art. 4(15); pseudonymised data remain personal data (recital 26). */
    public boolean isHealth() {
        return this == HEALTH_IDENTIFYING || this == HEALTH_PSEUDONYMISED;
    }

    /** Data about an identifiable person, health or not. */
    public boolean isPersonal() {
        return isHealth() || this == PERSONAL;
    }
}
