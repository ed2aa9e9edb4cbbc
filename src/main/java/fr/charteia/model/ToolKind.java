package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a tool is provided, from a consumer chatbot to a CE-marked medical device. */
public enum ToolKind implements Coded {
    @JsonProperty("public") PUBLIC,
    @JsonProperty("enterprise") ENTERPRISE,
    @JsonProperty("institutional") INSTITUTIONAL,
    @JsonProperty("medical_device") MEDICAL_DEVICE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
