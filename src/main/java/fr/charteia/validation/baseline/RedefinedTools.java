package fr.charteia.validation.baseline;

import fr.charteia.load.FieldPaths;
import fr.charteia.model.Coded;
import fr.charteia.model.Establishment;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Severity;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * B-OVERRIDE on tools: the catalogue describes a tool once for the whole establishment (hosting,
 * contract, impact assessment…). A department that declares a catalogue tool again must say the same;
 * a different answer would make its charter rest on facts the establishment does not hold.
 */
final class RedefinedTools implements BaselineRule {

    @Override
    public void check(Questionnaire department, Questionnaire completed, Establishment baseline, BaselineFindings findings) {
        for (int i = 0; i < department.tools().size(); i++) {
            Tool tool = department.tools().get(i);
            if (tool == null || tool.id() == null) {
                continue;
            }
            Optional<Tool> catalogued = baseline.findTool(tool.id());
            if (catalogued.isEmpty()) {
                continue;
            }
            List<String> differences = new ArrayList<>();
            for (RecordComponent component : Tool.class.getRecordComponents()) {
                Object here = value(component, tool);
                Object there = value(component, catalogued.get());
                if (!Objects.equals(here, there)) {
                    differences.add(findings.terms().fill("B-OVERRIDE.difference", Map.of(
                            "property", FieldPaths.yamlKey(component.getName()),
                            "here", shown(here), "there", shown(there))));
                }
            }
            if (!differences.isEmpty()) {
                findings.add(RuleCode.B_OVERRIDE, Severity.ERROR, "B-OVERRIDE.tool", "tools[" + i + "]", Map.of(
                        "id", tool.id(), "differences", String.join(" ; ", differences)));
            }
        }
    }

    private static Object value(RecordComponent component, Tool tool) {
        try {
            return component.getAccessor().invoke(tool);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as the file writes it. */
    private static String shown(Object value) {
        Object unwrapped = value instanceof Optional<?> optional ? optional.orElse(null) : value;
        if (unwrapped == null) {
            return "—";
        }
        return "« " + (unwrapped instanceof Coded coded ? coded.code() : unwrapped) + " »";
    }
}
