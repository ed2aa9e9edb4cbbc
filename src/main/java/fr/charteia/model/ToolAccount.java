package fr.charteia.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How staff reach a tool: with an account the institution gives them, with their own account, or
 * with none. A personal account is never used for professional work (CNIL Q&amp;A, July 2024).
 */
public enum ToolAccount implements Coded {
    @JsonProperty("professional") PROFESSIONAL,
    @JsonProperty("personal") PERSONAL,
    @JsonProperty("none") NONE;

    @Override
    public String code() {
        return Coded.codeOf(this);
    }
}
