package fr.charteia.batch;

import java.util.List;

/**
 * The data kinds a department authorises for one tool, in the words of the documents.
 *
 * @param toolId the tool's id; catalogue tools shared by departments have the same
 * @param kinds from the most to the least restricted, each once
 */
public record ToolGrant(String toolId, String toolName, List<String> kinds) {

    public ToolGrant {
        kinds = List.copyOf(kinds);
    }
}
