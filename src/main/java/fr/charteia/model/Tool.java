package fr.charteia.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * An AI tool staff may meet. Left-out answers take the cautious value: no contract, training on
 * inputs unknown, not CE-marked.
 */
public record Tool(
        @NotNull(message = "{Q-SCHEMA.required}") @Pattern(regexp = Ids.PATTERN, message = "{Q-SCHEMA.id}") String id,
        @NotBlank(message = "{Q-SCHEMA.required}") String name,
        @NotNull(message = "{Q-SCHEMA.required}") ToolKind kind,
        @NotNull(message = "{Q-SCHEMA.required}") Hosting hosting,
        boolean contract,
        TrainsOnInputs trainsOnInputs,
        boolean ceMarked) {

    public Tool {
        trainsOnInputs = trainsOnInputs == null ? TrainsOnInputs.UNKNOWN : trainsOnInputs;
    }
}
