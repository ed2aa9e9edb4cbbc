package fr.charteia.starter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Questionnaire;
import fr.charteia.validation.Finding;
import fr.charteia.validation.QuestionnaireValidator;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The starter written by {@code charte-ia init}: YAML in the {@code charte-ia/1} format, commented,
 * consistent with the rules of docs/rules.md, and refused by validation for one reason only: each
 * field the department must fill in still holds « À COMPLÉTER » (one G-PLACEHOLDER error each). The
 * DPO's checks of the tools that receive health data remain as D-DPIA warnings.
 */
class StarterQuestionnaireTest {

    private static final LocalDate EFFECTIVE = LocalDate.of(2027, 1, 4);
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Set<String> PERSONAL = Set.of("health_identifying", "health_pseudonymised", "personal");
    private static final Set<String> HEALTH = Set.of("health_identifying", "health_pseudonymised");
    private static final Set<String> CLINICAL = Set.of("clinical_documentation", "decision_support",
            "patient_communication", "coding");
    private static final Set<String> ADMINISTRATIVE_USES = Set.of("drafting", "summarising", "translation", "training");
    private static final Set<String> NEEDS_SUPERVISION = Set.of("administrative", "technical", "student");

    private static String text;
    private static JsonNode root;

    @BeforeAll
    static void renderTheStarter() throws IOException {
        text = StarterQuestionnaire.render(EFFECTIVE);
        root = YAML.readTree(text);
    }

    @Test
    void isYamlInTheFormatCharteIa1InFrench() {
        assertThat(root.isObject()).isTrue();
        assertThat(root.path("schema").asText()).isEqualTo("charte-ia/1");
        assertThat(root.path("locale").asText()).isEqualTo("fr");
    }

    @Test
    void hasEverySectionOfTheFormatInTheDocumentedOrder() {
        assertThat(fieldNames(root)).containsExactly("schema", "locale", "organisation", "service", "document",
                "roles", "tools", "data", "uses", "authorised", "forbidden", "practices", "incident", "traceability",
                "training");
        assertThat(fieldNames(root.path("organisation").path("contacts")))
                .containsExactly("dpo", "security_officer", "ai_referent");
    }

    @Test
    void fillsTheListsTheDocumentsAreBuiltFrom() {
        for (String list : List.of("roles", "tools", "data", "uses", "authorised", "forbidden", "practices", "training")) {
            assertThat(root.path(list).isArray()).as(list).isTrue();
            assertThat(root.path(list).size()).as(list).isPositive();
        }
        assertThat(root.path("incident").path("procedure").asText()).isNotBlank();
        assertThat(root.path("training").findValuesAsText("title"))
                .contains("Utiliser l'IA générative de manière responsable à l'hôpital");
    }

    @Test
    void offersTheTypicalRolesToolsDataAndUsesOfACareDepartment() {
        assertThat(kinds("roles").values()).contains("medical", "care", "administrative", "management", "student");
        assertThat(kinds("data").values()).containsExactlyInAnyOrder("health_identifying", "health_pseudonymised",
                "anonymised", "personal", "internal", "public");
        assertThat(kinds("uses").values()).contains("drafting", "summarising", "translation", "clinical_documentation",
                "decision_support", "patient_communication", "coding", "training", "research");
        assertThat(root.path("uses").size()).isBetween(9, 12);
        assertThat(elements(root.path("tools")).map(t -> t.path("kind").asText() + "/" + t.path("hosting").asText()).toList())
                .contains("public/outside_eu", "enterprise/eu", "institutional/on_premise", "enterprise/hds",
                        "medical_device/hds");
    }

    @Test
    void bindsToTheQuestionnaireModelWithNoUnknownKey() throws IOException {
        YAMLMapper strict = YAMLMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .build();

        Questionnaire questionnaire = strict.readValue(text, Questionnaire.class);

        assertThat(questionnaire.schema()).isEqualTo(Questionnaire.SCHEMA_V1);
        assertThat(questionnaire.tools()).hasSize(root.path("tools").size());
        assertThat(questionnaire.document().reviewDate()).isEqualTo(EFFECTIVE.plusMonths(12));
    }

    @Test
    void declaresUniqueSlugIds() {
        for (String list : List.of("roles", "tools", "data", "uses")) {
            List<String> ids = elements(root.path(list)).map(n -> n.path("id").asText()).toList();
            assertThat(ids).as(list).doesNotHaveDuplicates().allMatch(id -> SLUG.matcher(id).matches());
        }
    }

    @Test
    void declaresEveryIdARuleNames() {
        List<String> undeclared = new ArrayList<>();
        forEachReference((section, list, id) -> {
            if (!id.equals("*") && !kinds(list).containsKey(id)) {
                undeclared.add(section + " → " + list + ": " + id);
            }
        });
        assertThat(undeclared).isEmpty();
    }

    @Test
    void namesEveryDeclaredIdInARuleSoNothingIsUnused() {
        Map<String, Set<String>> named = new LinkedHashMap<>();
        forEachReference((section, list, id) -> {
            boolean all = id.equals("*");
            if (all && section.equals("authorised")) {
                named.computeIfAbsent(list, k -> new HashSet<>()).addAll(kinds(list).keySet());
            } else if (!all) {
                named.computeIfAbsent(list, k -> new HashSet<>()).add(id);
            }
        });
        for (String list : List.of("roles", "tools", "data", "uses")) {
            assertThat(named.getOrDefault(list, Set.of())).as(list).containsAll(kinds(list).keySet());
        }
    }

    @Test
    void givesNoPersonalDataToAPublicTool() {
        forEachGrant(grant -> {
            if (grant.tool().path("kind").asText().equals("public")) {
                assertThat(grant.dataKind()).as(grant.toString()).isNotIn(PERSONAL);
            }
        });
    }

    @Test
    void allowsDecisionSupportOnlyWithCeMarkedTools() {
        forEachGrant(grant -> {
            if (grant.useKind().equals("decision_support")) {
                assertThat(grant.tool().path("ce_marked").asBoolean()).as(grant.toString()).isTrue();
            }
        });
    }

    @Test
    void requiresHumanValidationForEveryClinicalUse() {
        for (JsonNode rule : root.path("authorised")) {
            if (CLINICAL.contains(kinds("uses").get(rule.path("use").asText()))) {
                assertThat(rule.path("human_validation").isBoolean()).isTrue();
                assertThat(rule.path("human_validation").asBoolean()).as(rule.path("use").asText()).isTrue();
            }
        }
    }

    @Test
    void givesHealthDataOnlyToContractedToolsHostedOnPremiseOrHdsThatDoNotTrain() {
        forEachGrant(grant -> {
            if (HEALTH.contains(grant.dataKind())) {
                JsonNode tool = grant.tool();
                assertThat(tool.path("hosting").asText()).as(grant.toString()).isIn("on_premise", "hds");
                assertThat(tool.path("contract").asBoolean()).as(grant.toString()).isTrue();
                assertThat(tool.path("trains_on_inputs").asText()).as(grant.toString()).isEqualTo("false");
            }
        });
    }

    @Test
    void raisesNoWarningOfTheDataAndRoleRules() {
        forEachGrant(grant -> {
            JsonNode tool = grant.tool();
            boolean mayTrain = !tool.path("trains_on_inputs").asText().equals("false");
            boolean mayLeaveTheEu = tool.path("hosting").asText().matches("outside_eu|unknown");
            assertThat(mayTrain && grant.dataKind().equals("internal")).as("D-TRAINING " + grant).isFalse();
            assertThat(mayLeaveTheEu && PERSONAL.contains(grant.dataKind())).as("D-TRANSFER " + grant).isFalse();
            assertThat(ADMINISTRATIVE_USES.contains(grant.useKind()) && grant.dataKind().equals("health_identifying"))
                    .as("D-MINIMISATION " + grant).isFalse();
            assertThat(CLINICAL.contains(grant.useKind()) && NEEDS_SUPERVISION.contains(grant.roleKind()))
                    .as("C-ROLE " + grant).isFalse();
        });
    }

    @Test
    void neverForbidsWhatItAuthorises() {
        List<String> contradictions = new ArrayList<>();
        for (JsonNode forbidden : root.path("forbidden")) {
            boolean combination = forbidden.has("use") || forbidden.has("roles") || forbidden.has("tools")
                    || forbidden.has("data");
            if (!combination) {
                continue;
            }
            forEachGrant(grant -> {
                if (covers(forbidden.path("use"), grant.use()) && covers(forbidden.path("roles"), grant.role())
                        && covers(forbidden.path("tools"), grant.toolId()) && covers(forbidden.path("data"), grant.dataId())) {
                    contradictions.add(grant + " is forbidden by " + forbidden);
                }
            });
        }
        assertThat(contradictions).isEmpty();
    }

    @Test
    void givesEveryForbiddenCombinationAReason() {
        for (JsonNode forbidden : root.path("forbidden")) {
            assertThat(forbidden.path("reason").asText("") + forbidden.path("statement").asText(""))
                    .as(forbidden.toString()).isNotBlank();
        }
    }

    @Test
    void marksWhatTheDepartmentMustCompleteWithValidPlaceholders() {
        assertThat(root.path("organisation").path("name").asText()).contains("À COMPLÉTER");
        assertThat(root.path("service").path("name").asText()).contains("À COMPLÉTER");
        for (String contact : List.of("dpo", "security_officer", "ai_referent")) {
            JsonNode node = root.path("organisation").path("contacts").path(contact);
            assertThat(node.path("name").asText()).as(contact).contains("À COMPLÉTER");
            assertThat(node.path("email").asText()).as(contact).matches(EMAIL);
        }
        assertThat(root.path("organisation").path("contacts").path("dpo").path("email").asText())
                .isEqualTo("dpo@A-COMPLETER.fr");
        for (String person : List.of("written_by", "reviewed_by", "approved_by")) {
            assertThat(root.path("document").path(person).path("name").asText()).as(person).contains("À COMPLÉTER");
            assertThat(root.path("document").path(person).path("title").asText()).as(person).isNotBlank();
        }
        assertThat(root.path("document").path("version").asText()).isEqualTo("1.0");
    }

    @Test
    void isReviewedTwelveMonthsAfterItTakesEffect() {
        assertThat(root.path("document").path("effective_date").asText()).isEqualTo("2027-01-04");
        assertThat(root.path("document").path("review_date").asText()).isEqualTo("2028-01-04");
    }

    @Test
    void takesEffectOnTheFirstDayOfNextMonthByDefault() throws IOException {
        LocalDate before = LocalDate.now();
        JsonNode document = YAML.readTree(StarterQuestionnaire.render()).path("document");
        LocalDate after = LocalDate.now();

        LocalDate effective = LocalDate.parse(document.path("effective_date").asText());
        assertThat(effective).isIn(StarterQuestionnaire.firstDayOfNextMonth(before),
                StarterQuestionnaire.firstDayOfNextMonth(after));
        assertThat(LocalDate.parse(document.path("review_date").asText())).isEqualTo(effective.plusMonths(12));
        assertThat(StarterQuestionnaire.firstDayOfNextMonth(LocalDate.of(2026, 12, 31))).isEqualTo("2027-01-01");
        assertThat(StarterQuestionnaire.firstDayOfNextMonth(LocalDate.of(2027, 1, 1))).isEqualTo("2027-02-01");
    }

    @Test
    void explainsInCommentsHowToFillAndCheckTheFile() {
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).startsWith("#");
        assertThat(lines.stream().filter(l -> l.startsWith("#")).count()).isGreaterThan(100);
        assertThat(text)
                .contains("charte-ia validate questionnaire.yaml")
                .contains("\"*\" veut dire « tous »")
                .contains("interdit par défaut")
                .contains("« À COMPLÉTER »")
                .contains("kind : medical (médecins, internes), care (soignants), administrative")
                .contains("hosting  : on_premise")
                .contains("health_identifying (santé, identifiantes)")
                .contains("clinical_documentation (documentation clinique)")
                .contains("« charte-ia validate » refuse le fichier : une erreur\n#   G-PLACEHOLDER par champ à remplir")
                .contains("short_name (facultatif, 30 caractères au plus)", "short_label (facultatif, 30 caractères")
                .contains("# account  : le compte utilisé", "# dpia     : l'analyse d'impact (AIPD)",
                        "# record   : true quand", "# patient_notice : true quand")
                .contains("# about (facultatif) : sur qui portent les données")
                .contains("# « roles » (facultatif) : les id des rôles concernés")
                .contains("# situations:\n#   - situation: ", "\n#     risk: ", "\n#     reflex: ")
                .contains("  # parent_reference: ", "  # director:\n#   name: ".replace("\n#", "\n  #"))
                .contains("# TRAÇABILITÉ (facultatif)");
    }

    /** Every key of the format, walked from the model records, is written or shown in a comment. */
    @Test
    void knowsEveryFieldOfTheFormat() {
        Set<String> keys = new TreeSet<>();
        collectKeys(Questionnaire.class, keys);

        assertThat(keys).contains("short_name", "account", "dpia", "record", "patient_notice", "about", "short_label",
                "situation", "risk", "reflex", "parent_reference", "director", "traceability");
        assertThat(keys).allSatisfy(key -> assertThat(text).as("key %s in the starter", key)
                .containsPattern("(?m)^ *(# *)?(- )?(\\{ )?" + key + ":|, " + key + ": "));
    }

    @Test
    void isRefusedWithOnePlaceholderErrorPerFieldToFillAndNoOtherError() {
        List<Finding> findings = validated(text);

        assertThat(findings).filteredOn(Finding::isError).extracting(f -> f.code() + " " + f.path())
                .containsExactlyElementsOf(PLACEHOLDER_PATHS.stream().map(path -> "G-PLACEHOLDER " + path).toList());
        assertThat(findings).filteredOn(Finding::isError).allSatisfy(f -> assertThat(lineOf(f))
                .as("line %s of %s", f.position().get().line(), f.path()).containsPattern("À COMPLÉTER|A-COMPLETER"));
        assertThat(findings).filteredOn(f -> !f.isError()).extracting(f -> f.code() + " " + f.path())
                .containsExactlyInAnyOrderElementsOf(DPO_CHECKS);
    }

    @Test
    void validatesWithoutErrorOnceEveryPlaceholderIsReplaced() {
        String filled = text.replace("À COMPLÉTER", "Valmont").replace("A-COMPLETER", "ch-valmont");

        List<Finding> findings = validated(filled);

        assertThat(findings).filteredOn(Finding::isError).isEmpty();
        assertThat(findings).extracting(f -> f.code() + " " + f.path()).containsExactlyInAnyOrderElementsOf(DPO_CHECKS);
        String values = text.lines().filter(line -> !line.strip().startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(values.split("À COMPLÉTER|A-COMPLETER", -1)).as("one marker per field to fill, outside comments")
                .hasSize(PLACEHOLDER_PATHS.size() + 1);
    }

    @Test
    void hasCommentedExamplesThatValidateOnceUncommented() throws UnreadableQuestionnaireException {
        String completed = uncommented(uncommented(uncommented(text, "  # director:", 3), "  # parent_reference:", 1),
                "# situations:", 5)
                .replace("    # record: true\n", "    record: true\n")
                .replace("    # patient_notice: true\n", "    patient_notice: true\n")
                .replace("dpia: \"unknown\"", "dpia: \"done\"")
                .replace("À COMPLÉTER", "Valmont").replace("A-COMPLETER", "ch-valmont");

        assertThat(validated(completed)).isEmpty();
        Questionnaire read = new QuestionnaireLoader().load("questionnaire.yaml", QuestionnaireFormat.YAML,
                completed.getBytes(StandardCharsets.UTF_8)).questionnaire().orElseThrow();
        assertThat(read.situations()).hasSize(1);
        assertThat(read.organisation().director()).isPresent();
        assertThat(read.document().parentReference()).isPresent();
        assertThat(read.tools()).filteredOn(t -> t.record().isPresent()).hasSize(3);
    }

    @Test
    void asksTheDepartmentToCheckWithTheDpoOnlyWhatItCannotKnow() {
        List<JsonNode> tools = elements(root.path("tools")).toList();

        assertThat(tools).extracting(t -> t.path("id").asText() + " " + t.path("dpia").asText("-"))
                .containsExactly("chatbot-grand-public -", "assistant-bureautique -", "ia-dsn unknown", "dictee-hds unknown",
                        "dm-aide-decision unknown");
        assertThat(tools).allSatisfy(t -> assertThat(t.has("record") || t.has("patient_notice")).isFalse());
        assertThat(text).contains("    dpia: \"unknown\"\n    # record: true\n    # patient_notice: true\n");
        assertThat(tools).allSatisfy(t -> assertThat(t.path("account").asText()).isEqualTo("professional"));
    }

    @Test
    void printsEachCatalogueCommentAboveItsEntry() {
        String roleComment = StarterCatalogue.load().roles().get(0).comment().orElseThrow();
        String firstWords = roleComment.substring(0, 30);
        int comment = text.indexOf("  # " + firstWords);
        int entry = text.indexOf("- { id: \"" + StarterCatalogue.load().roles().get(0).id() + "\"");
        assertThat(comment).isPositive().isLessThan(entry);
    }

    @Test
    void keepsCommentLinesWithinEightyColumns() {
        assertThat(text.lines().filter(l -> l.strip().startsWith("#")))
                .allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(80));
    }

    @Test
    void wrapsCommentsAtSpacesKeepingTheirOwnLineBreaks() {
        assertThat(StarterView.wrap("un deux trois quatre", 9)).isEqualTo("un deux\ntrois\nquatre");
        assertThat(StarterView.wrap("a\nb c", 80)).isEqualTo("a\nb c");
        assertThat(StarterView.wrap("motbientroplongpourlaligne x", 5)).isEqualTo("motbientroplongpourlaligne\nx");
        assertThat(StarterView.wrap("«\u00A0espace insécable\u00A0»", 5)).isEqualTo("«\u00A0espace\ninsécable\u00A0»");
    }

    @Test
    void writesCatalogueTextWithQuotesColonsAndLineBreaksAsYamlThatReadsBackEqual() throws IOException {
        String tricky = "Médecin \"senior\" : garde\nde nuit # pas un commentaire\n- key: injected\\";
        String trickyComment = "Commentaire\nroles: injected\n\"quoted\": x";
        StarterCatalogue shipped = StarterCatalogue.load();
        StarterCatalogue.RoleEntry first = shipped.roles().get(0);
        List<StarterCatalogue.RoleEntry> roles = new ArrayList<>(shipped.roles());
        roles.set(0, new StarterCatalogue.RoleEntry(first.id(), tricky, first.kind(), first.shortLabel(),
                java.util.Optional.of(trickyComment)));
        List<String> practices = new ArrayList<>(shipped.practices());
        practices.add(tricky);
        StarterCatalogue.Placeholders p = shipped.placeholders();
        StarterCatalogue.Placeholders placeholders = new StarterCatalogue.Placeholders(tricky, p.dpo(),
                p.securityOfficer(), p.aiReferent(), tricky, p.serviceUnit(), p.manager(), p.reference(), p.version(),
                p.writtenBy(), p.reviewedBy(), p.approvedBy(), List.of(tricky), java.util.Optional.of(tricky));
        StarterCatalogue catalogue = new StarterCatalogue(placeholders, roles, shipped.tools(), shipped.data(),
                shipped.uses(), shipped.authorised(), shipped.forbidden(), practices, shipped.incident(),
                shipped.training());

        String rendered = StarterQuestionnaire.render(catalogue, EFFECTIVE);
        JsonNode read = YAML.readTree(rendered);

        assertThat(fieldNames(read)).isEqualTo(fieldNames(root));
        assertThat(read.path("roles").get(0).path("label").textValue()).isEqualTo(tricky);
        assertThat(read.path("roles").size()).isEqualTo(root.path("roles").size());
        assertThat(read.path("organisation").path("name").textValue()).isEqualTo(tricky);
        assertThat(read.path("service").path("name").textValue()).isEqualTo(tricky);
        assertThat(read.path("document").path("distribution").get(0).textValue()).isEqualTo(tricky);
        assertThat(read.path("practices").get(practices.size() - 1).textValue()).isEqualTo(tricky);
        assertThat(read.path("traceability").textValue()).isEqualTo(tricky);
        assertThat(rendered).contains("  # Commentaire\n  # roles: injected\n  # \"quoted\": x\n");
    }

    @Test
    void holdsNoEmailOrPhoneNumberOutsideTheContacts() {
        List<String> values = new ArrayList<>();
        collectText(root, "", values);
        assertThat(values)
                .filteredOn(v -> !v.startsWith("organisation.contacts.") && !v.matches("document\\.\\w+_date=.*"))
                .allSatisfy(v -> {
                    assertThat(v).doesNotContain("@");
                    assertThat(v).doesNotContainPattern("\\d[\\d .-]{7,}\\d");
                });
    }

    @Test
    void isTheSameTextForTheSameDate() {
        assertThat(StarterQuestionnaire.render(EFFECTIVE)).isEqualTo(text);
    }

    // ---------------------------------------------------------------------------------- helpers

    /** The fields the department must fill in, in file order: each holds the marker once. */
    private static final List<String> PLACEHOLDER_PATHS = List.of(
            "organisation.name",
            "organisation.contacts.dpo.name", "organisation.contacts.dpo.email",
            "organisation.contacts.security_officer.name", "organisation.contacts.security_officer.email",
            "organisation.contacts.ai_referent.name", "organisation.contacts.ai_referent.email",
            "service.name", "service.unit", "service.manager.name",
            "document.reference", "document.written_by.name", "document.reviewed_by.name", "document.approved_by.name",
            "tools[4].name",
            "traceability",
            "training[0].date", "training[1].date", "training[2].date");

    /** The D-DPIA warnings of the three tools that receive identifying health data. */
    private static final List<String> DPO_CHECKS = List.of("ia-dsn", "dictee-hds", "dm-aide-decision").stream()
            .flatMap(id -> Stream.of("dpia", "record", "patient_notice")
                    .map(field -> "D-DPIA tools[" + toolIndex(id) + "]." + field))
            .toList();

    private static int toolIndex(String id) {
        return List.of("chatbot-grand-public", "assistant-bureautique", "ia-dsn", "dictee-hds", "dm-aide-decision").indexOf(id);
    }

    private static List<Finding> validated(String yaml) {
        try (QuestionnaireValidator validator = new QuestionnaireValidator()) {
            return validator.validate(new QuestionnaireLoader().load("questionnaire.yaml", QuestionnaireFormat.YAML,
                    yaml.getBytes(StandardCharsets.UTF_8)), Locale.FRENCH);
        } catch (UnreadableQuestionnaireException e) {
            throw new AssertionError("the starter must be readable: " + e.failure(), e);
        }
    }

    /** The text with "# " taken off the start of {@code count} lines, from the line that starts with {@code first}. */
    private static String uncommented(String yaml, String first, int count) {
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith(first)).findFirst().orElseThrow());
        for (int i = start; i < start + count; i++) {
            assertThat(lines.get(i)).as("line %d", i + 1).contains("# ");
            lines.set(i, lines.get(i).replaceFirst("# ", ""));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String lineOf(Finding finding) {
        return text.lines().toList().get(finding.position().orElseThrow().line() - 1);
    }

    /** The YAML keys of a record type and of every record below it. */
    private static void collectKeys(Class<?> type, Set<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            keys.add(component.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
            Type generic = component.getGenericType();
            while (generic instanceof ParameterizedType p) {
                generic = p.getActualTypeArguments()[0];
            }
            if (generic instanceof Class<?> c && c.isRecord()) {
                collectKeys(c, keys);
            }
        }
    }

    /** One (use, role, tool, data) combination granted by an authorised rule, "*" expanded. */
    private record Grant(String use, String role, String toolId, String dataId) {
        JsonNode tool() {
            return elements(root.path("tools")).filter(t -> t.path("id").asText().equals(toolId)).findFirst().orElseThrow();
        }

        String useKind() {
            return kinds("uses").get(use);
        }

        String roleKind() {
            return kinds("roles").get(role);
        }

        String dataKind() {
            return kinds("data").get(dataId);
        }
    }

    private interface GrantCheck {
        void check(Grant grant);
    }

    private interface ReferenceVisitor {
        void visit(String section, String list, String id);
    }

    private static void forEachGrant(GrantCheck check) {
        for (JsonNode rule : root.path("authorised")) {
            for (String role : expand(rule.path("roles"), "roles")) {
                for (String tool : expand(rule.path("tools"), "tools")) {
                    for (String data : expand(rule.path("data"), "data")) {
                        check.check(new Grant(rule.path("use").asText(), role, tool, data));
                    }
                }
            }
        }
    }

    private static void forEachReference(ReferenceVisitor visitor) {
        for (String section : List.of("authorised", "forbidden")) {
            for (JsonNode rule : root.path(section)) {
                if (rule.has("use")) {
                    visitor.visit(section, "uses", rule.path("use").asText());
                }
                for (String list : List.of("roles", "tools", "data")) {
                    rule.path(list).forEach(id -> visitor.visit(section, list, id.asText()));
                }
            }
        }
    }

    private static Set<String> expand(JsonNode references, String list) {
        Set<String> ids = new LinkedHashSet<>();
        references.forEach(ref -> ids.add(ref.asText()));
        return ids.contains("*") ? kinds(list).keySet() : ids;
    }

    /** A forbidden part left out, empty or "*" covers everything. */
    private static boolean covers(JsonNode part, String id) {
        if (part.isMissingNode() || (part.isArray() && part.isEmpty())) {
            return true;
        }
        if (part.isTextual()) {
            return part.asText().equals("*") || part.asText().equals(id);
        }
        return elements(part).map(JsonNode::asText).anyMatch(ref -> ref.equals("*") || ref.equals(id));
    }

    /** Declared id → kind, in file order, for roles, tools, data or uses. */
    private static Map<String, String> kinds(String list) {
        return elements(root.path(list)).collect(Collectors.toMap(n -> n.path("id").asText(),
                n -> n.path("kind").asText(), (a, b) -> a, LinkedHashMap::new));
    }

    private static java.util.stream.Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Every text value, prefixed by its path ("organisation.contacts.dpo.email=…"). */
    private static void collectText(JsonNode node, String path, List<String> out) {
        if (node.isTextual()) {
            out.add(path + "=" + node.asText());
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectText(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectText(node.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
