package fr.charteia.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.charteia.CheckedQuestionnaire;
import fr.charteia.model.AuthorisedUse;
import fr.charteia.model.DataCategory;
import fr.charteia.model.DataKind;
import fr.charteia.model.DocumentControl;
import fr.charteia.model.Establishment;
import fr.charteia.model.Ids;
import fr.charteia.model.Questionnaire;
import fr.charteia.model.Tool;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the overview shows of a file beside its findings: names, document block, and which data
 * kinds each tool is authorised for. From the model when the file is valid; read loosely from its
 * text otherwise, so that a department with errors is still named in the overview.
 */
record Facts(Optional<String> department, Optional<String> unit, Optional<String> reference, Optional<String> version,
        Optional<LocalDate> effectiveDate, Optional<LocalDate> reviewDate, List<ToolGrant> grants) {

    private static final ObjectMapper LOOSE = new ObjectMapper(new YAMLFactory());

    /** Past this size the loader has refused the file already: not worth a second parse. */
    private static final int LOOSE_LIMIT = 1 << 20;

    static Facts none() {
        return new Facts(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    static Facts of(CheckedQuestionnaire checked) {
        if (checked.establishment().isPresent()) {
            Establishment establishment = checked.establishment().get();
            return of(Optional.of(establishment.organisation().name()), Optional.empty(), establishment.document(), List.of());
        }
        if (checked.questionnaire().isPresent()) {
            Questionnaire questionnaire = checked.questionnaire().get();
            return of(Optional.of(questionnaire.service().name()), questionnaire.service().unit(), questionnaire.document(),
                    grants(questionnaire, checked.baseline()));
        }
        return loose(checked.source());
    }

    private static Facts of(Optional<String> name, Optional<String> unit, DocumentControl document, List<ToolGrant> grants) {
        return new Facts(name, unit, Optional.of(document.reference()), Optional.of(document.version()),
                Optional.of(document.effectiveDate()), Optional.of(document.reviewDate()), grants);
    }

    /** Per tool, the kinds of the data it may receive; tools of the baseline catalogue count as the department's. */
    static List<ToolGrant> grants(Questionnaire questionnaire, Optional<Establishment> baseline) {
        Map<String, Tool> tools = new LinkedHashMap<>();
        questionnaire.tools().forEach(tool -> tools.putIfAbsent(tool.id(), tool));
        baseline.ifPresent(b -> b.tools().forEach(tool -> tools.putIfAbsent(tool.id(), tool)));
        Map<String, Set<DataKind>> kinds = new LinkedHashMap<>();
        for (AuthorisedUse rule : questionnaire.authorised()) {
            List<String> toolIds = Ids.namesAll(rule.tools()) ? List.copyOf(tools.keySet()) : rule.tools();
            List<DataKind> data = questionnaire.dataNamed(rule.data()).stream().map(DataCategory::kind).toList();
            for (String id : toolIds) {
                if (tools.containsKey(id)) {
                    kinds.computeIfAbsent(id, k -> EnumSet.noneOf(DataKind.class)).addAll(data);
                }
            }
        }
        List<ToolGrant> grants = new ArrayList<>();
        tools.forEach((id, tool) -> {
            Set<DataKind> allowed = kinds.get(id);
            if (allowed != null && !allowed.isEmpty()) {
                grants.add(new ToolGrant(id, tool.name(), allowed.stream().map(KindWords::of).toList()));
            }
        });
        return grants;
    }

    /** Names and dates read from a file the loader refused or found errors in: whatever can be found. */
    static Facts loose(byte[] source) {
        if (source.length == 0 || source.length > LOOSE_LIMIT) {
            return none();
        }
        JsonNode root;
        try {
            root = LOOSE.readTree(source); // JSON is YAML too
        } catch (Exception e) {
            return none(); // a syntax error: the findings say where
        }
        if (root == null || !root.isObject()) {
            return none();
        }
        boolean establishment = text(root.path("schema")).filter(s -> s.equals(Establishment.SCHEMA_V1)).isPresent();
        JsonNode document = root.path("document");
        return new Facts(establishment ? text(root.path("organisation").path("name")) : text(root.path("service").path("name")),
                establishment ? Optional.empty() : text(root.path("service").path("unit")),
                text(document.path("reference")), text(document.path("version")),
                date(document.path("effective_date")), date(document.path("review_date")), List.of());
    }

    private static Optional<String> text(JsonNode node) {
        return node.isValueNode() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
    }

    private static Optional<LocalDate> date(JsonNode node) {
        try {
            return text(node).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
