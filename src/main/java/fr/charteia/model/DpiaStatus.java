package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the data-protection impact assessment (AIPD, GDPR art. 35) of a tool's processing stands.
 * The CNIL lists health-data processing by health establishments among those that need one.
 */
public enum DpiaStatus implements Coded {
    @JsonProperty("done") DONE,
    @JsonProperty("in_progress") IN_PROGRESS,
    @JsonProperty("not_required") NOT_REQUIRED,
    @JsonProperty("unknown") UNKNOWN;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
