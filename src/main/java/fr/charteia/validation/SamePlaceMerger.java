package fr.charteia.validation;

import fr.charteia.load.SourceMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One finding per place: when giving a data category to the tools of an authorised rule breaks
 * several rules (D-PUBLIC-PERSONAL, D-HEALTH-HOSTING, D-TRAINING, D-TRANSFER, D-MINIMISATION), the
 * user gets one finding at that data reference ({@code authorised[6].data[1]}) with every reason and
 * the one fix they share, « retirez « patient » de cette règle ». A finding alone at its place is
 * kept as the rule wrote it.
 */
final class SamePlaceMerger {

    /** A rule's finding with what the rule attached to it. */
    record Checked(Finding finding, RuleOutcome outcome) {
    }

    /**
     * Catalogue order with a contradiction last (it restates that the data may not go there), then by
     * place, so the merged text does not depend on validation order.
     */
    private static final Comparator<Checked> REASON_ORDER = Comparator
            .comparing((Checked c) -> c.finding().code() == RuleCode.Q_CONTRA)
            .thenComparing(c -> c.finding().code())
            .thenComparing(c -> c.finding().path())
            .thenComparing(c -> c.finding().message());

    private final Terms terms;
    private final SourceMap sourceMap;

    SamePlaceMerger(Terms terms, SourceMap sourceMap) {
        this.terms = terms;
        this.sourceMap = sourceMap;
    }

    List<Finding> merge(List<Checked> checked) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<Checked>> byPlace = new LinkedHashMap<>();
        for (Checked c : checked) {
            Optional<SharedCause> cause = c.outcome().cause();
            if (cause.isPresent()) {
                byPlace.computeIfAbsent(cause.get().place() + " " + cause.get().dataId(), place -> new ArrayList<>()).add(c);
            } else {
                findings.add(c.finding());
            }
        }
        for (List<Checked> atPlace : byPlace.values()) {
            // a finding that only lapses with the reference joins one about its tool that forbids it
            List<String> toolsRefused = atPlace.stream().map(c -> c.outcome().cause().orElseThrow())
                    .filter(cause -> !cause.joinsOnly()).map(SharedCause::toolId).distinct().toList();
            List<Checked> joining = new ArrayList<>();
            for (Checked c : atPlace) {
                SharedCause cause = c.outcome().cause().orElseThrow();
                if (!cause.joinsOnly() || toolsRefused.contains(cause.toolId())) {
                    joining.add(c);
                } else {
                    findings.add(c.finding());
                }
            }
            if (joining.size() == 1) {
                findings.add(joining.get(0).finding());
            } else if (joining.size() > 1) {
                findings.add(merged(joining));
            }
        }
        return findings;
    }

    private Finding merged(List<Checked> atPlace) {
        List<Checked> ordered = atPlace.stream().sorted(REASON_ORDER).toList();
        Severity severity = ordered.stream().anyMatch(c -> c.finding().isError()) ? Severity.ERROR : Severity.WARNING;
        // the primary code is the first of the most serious findings; the others follow in the reasons' order
        List<RuleCode> codes = new ArrayList<>(ordered.stream().map(c -> c.finding().code()).distinct().toList());
        RuleCode primary = ordered.stream().filter(c -> c.finding().severity() == severity).findFirst().orElseThrow()
                .finding().code();
        codes.remove(primary);
        codes.add(0, primary);
        SharedCause first = ordered.get(0).outcome().cause().orElseThrow();
        return new Finding(codes.get(0), severity, first.place(), message(ordered, first), sourceMap.find(first.place()),
                codes);
    }

    /** One lead sentence naming the data and the rule, the reasons tool by tool, then the fix. */
    private String message(List<Checked> ordered, SharedCause first) {
        Map<String, List<SharedCause>> byTool = new LinkedHashMap<>();
        List<String> aboutTheUse = new ArrayList<>();
        for (Checked c : ordered) {
            SharedCause cause = c.outcome().cause().orElseThrow();
            if (cause.toolId().isEmpty()) {
                aboutTheUse.add(cause.reason());
            } else {
                byTool.computeIfAbsent(cause.toolId(), id -> new ArrayList<>()).add(cause);
            }
        }
        String separator = terms.text("merged.separator");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("data", first.data());
        values.put("dataId", first.dataId());
        values.put("dataKind", first.dataKind());
        if (byTool.size() == 1) {
            SharedCause tool = byTool.values().iterator().next().get(0);
            List<String> reasons = new ArrayList<>(distinctReasons(byTool.get(tool.toolId())));
            reasons.addAll(aboutTheUse);
            values.put("tool", tool.tool());
            values.put("toolId", tool.toolId());
            values.put("reasons", String.join(separator, reasons));
            return terms.fill("merged.oneTool", values);
        }
        List<String> sentences = new ArrayList<>();
        for (List<SharedCause> causes : byTool.values()) {
            sentences.add(terms.fill("merged.tool", Map.of("tool", causes.get(0).tool(), "toolId", causes.get(0).toolId(),
                    "reasons", String.join(separator, distinctReasons(causes)))));
        }
        aboutTheUse.forEach(reason -> sentences.add(capitalised(reason) + "."));
        values.put("tools", String.join(" ", sentences));
        return terms.fill("merged.severalTools", values);
    }

    /** D-TRAINING says the same thing for personal and internal data: say it once. */
    private static List<String> distinctReasons(List<SharedCause> causes) {
        return causes.stream().map(SharedCause::reason).distinct().toList();
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(terms.locale()) + text.substring(1);
    }
}
