package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Families of uses; clinical families need human validation. */
public enum UseKind implements Coded {
    @JsonProperty("drafting") DRAFTING,
    @JsonProperty("summarising") SUMMARISING,
    @JsonProperty("translation") TRANSLATION,
    @JsonProperty("clinical_documentation") CLINICAL_DOCUMENTATION,
    @JsonProperty("decision_support") DECISION_SUPPORT,
    @JsonProperty("patient_communication") PATIENT_COMMUNICATION,
    @JsonProperty("coding") CODING,
    @JsonProperty("training") TRAINING,
    @JsonProperty("research") RESEARCH,
    @JsonProperty("other") OTHER;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Uses whose output bears on care: a professional must validate every result. */
    public boolean isClinical() {
        return this == CLINICAL_DOCUMENTATION || this == DECISION_SUPPORT
                || this == PATIENT_COMMUNICATION || this == CODING;
    }

    /** Office uses that rarely need identifying health data (GDPR art. 5 minimisation). */
    public boolean isAdministrative() {
        return this == DRAFTING || this == SUMMARISING || this == TRANSLATION || this == TRAINING;
    }
}
