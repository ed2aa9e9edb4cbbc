package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a role does in the department; clinical uses by non-clinical roles need supervision. */
public enum RoleKind implements Coded {
    @JsonProperty("medical") MEDICAL,
    @JsonProperty("care") CARE,
    @JsonProperty("administrative") ADMINISTRATIVE,
    @JsonProperty("management") MANAGEMENT,
    @JsonProperty("technical") TECHNICAL,
    @JsonProperty("student") STUDENT;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Roles that may not carry clinical responsibility on their own. */
    public boolean needsClinicalSupervision() {
        return this == ADMINISTRATIVE || this == TECHNICAL || this == STUDENT;
    }
}
