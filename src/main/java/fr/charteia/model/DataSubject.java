package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whom a data category is about. What a hospital records about patients for their care, admission
 * data included, is health data (GDPR recital 35).
 */
public enum DataSubject implements Coded {
    @JsonProperty("patients") PATIENTS,
    @JsonProperty("staff") STAFF,
    @JsonProperty("other") OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
