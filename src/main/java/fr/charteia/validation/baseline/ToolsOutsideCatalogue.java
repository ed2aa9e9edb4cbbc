package fr.charteia.validation.baseline;

import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * B-TOOL: a tool the department declares that the establishment has not examined. It may be legitimate
 * (a new tool being trialled), hence a warning, but the establishment has to look at it.
 */
final class ToolsOutsideCatalogue implements BaselineRule {

    @Override
    public void check(Questionnaire department, Questionnaire completed, Establishment baseline, BaselineFindings findings) {
        String known = baseline.tools().stream().filter(Objects::nonNull).map(Tool::id).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(", "));
        for (int i = 0; i < department.tools().size(); i++) {
            Tool tool = department.tools().get(i);
            if (tool != null && tool.id() != null && baseline.findTool(tool.id()).isEmpty()) {
                findings.add(RuleCode.B_TOOL, Severity.WARNING, "B-TOOL.message", "tools[" + i + "]", Map.of(
                        "id", tool.id(), "name", String.valueOf(tool.name()), "known", known.isEmpty() ? "—" : known));
            }
        }
    }
}
