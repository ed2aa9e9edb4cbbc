package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/** Whether the provider reuses what it receives to train its models; YAML writes it true, false or unknown. */
public enum TrainsOnInputs implements Coded {
    @JsonProperty("true") TRUE,
    @JsonProperty("false") FALSE,
    @JsonProperty("unknown") UNKNOWN;

    @Override
    @JsonValue
    public String code() {
        return Coded.codeOf(this);
    }

    /** YAML writes {@code true} and {@code false} as booleans and {@code unknown} as text: accept all three. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TrainsOnInputs fromAnswer(String answer) {
        for (TrainsOnInputs value : values()) {
            if (value.code().equals(answer)) {
                return value;
            }
        }
        throw new IllegalArgumentException("not one of " + Coded.codesOf(TrainsOnInputs.class) + ": " + answer);
    }

    /** Unknown counts as yes: a provider that does not say it does not train may well train. */
    public boolean mayTrain() {
        return this != FALSE;
    }
}
