package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a tool processes what it receives. */
public enum Hosting implements Coded {
    @JsonProperty("on_premise") ON_PREMISE,
    @JsonProperty("hds") HDS,
    @JsonProperty("eu") EU,
    @JsonProperty("outside_eu") OUTSIDE_EU,
    @JsonProperty("unknown") UNKNOWN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }

    /** Hosting accepted for health data: in the institution or at a certified health-data host (CSP L1111-8). */
    public boolean acceptsHealthData() {
        return this == ON_PREMISE || this == HDS;
    }

    /** Hosting where a transfer outside the EU cannot be ruled out (GDPR art. 44 and following). */
    public boolean mayTransferOutsideEu() {
        return this == OUTSIDE_EU || this == UNKNOWN;
    }
}
