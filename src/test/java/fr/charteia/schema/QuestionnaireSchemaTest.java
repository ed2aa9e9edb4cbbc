package fr.charteia.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.charteia.model.Coded;
import fr.charteia.model.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema shipped for editors ({@code /schema/charte-ia-1.schema.json}) accepts the sample
 * questionnaires, rejects typos, and stays in step with the model records it describes.
 *
 * <p>The validator (networknt 3.x) works on Jackson 3 trees ({@code tools.jackson}), so the
 * questionnaires are read here with Jackson 3's mappers, not with the application's Jackson 2 loader.
 */
class QuestionnaireSchemaTest {

    private static final String SCHEMA_RESOURCE = "/schema/charte-ia-1.schema.json";
    private static final Path SAMPLES = Path.of("samples");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** Never fetches over the network: the draft-07 meta-schema ships inside the validator jar. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources(false)));

    private static final JsonNode SCHEMA_JSON = readSchemaResource();
    private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_JSON);

    /** A small questionnaire that uses every part of the format; the negative cases each break one thing. */
    private static final String VALID = """
            schema: charte-ia/1
            locale: fr
            organisation:
              name: Centre hospitalier de Valmont
              logo: logo.png
              contacts:
                dpo: { name: Claire Morvan, email: dpo@ch-valmont.fr, phone: "03 80 00 00 10" }
                security_officer: { name: Julien Ferrand, email: rssi@ch-valmont.fr }
                ai_referent: { name: Dr Nadia Benali, email: referent-ia@ch-valmont.fr }
              director: { name: Anne Rivière, title: Directrice générale }
            service:
              name: Urgences adultes
              unit: Pôle urgences – SAMU
              manager: { name: Hélène Garnier, title: Cadre supérieure de santé }
            document:
              reference: QUA-IA-URG-001
              version: "1.0"
              effective_date: 2027-01-04
              review_date: 2028-01-04
              written_by: { name: Thomas Lefèvre, title: Cadre de santé }
              reviewed_by: { name: Claire Morvan, title: Déléguée à la protection des données }
              approved_by: { name: Dr Marc Delaunay, title: Chef de service }
              distribution: [Tous les personnels du service]
              parent_reference: DIR-IA-001
            roles:
              - { id: secretaire, label: Secrétaire médicale, kind: administrative, short_label: Secrétariat }
              - { id: ide, label: Infirmier·ère, kind: care }
            tools:
              - id: copilot
                name: Microsoft 365 Copilot (licence établissement)
                short_name: Copilot
                kind: enterprise
                hosting: eu
                contract: true
                trains_on_inputs: false
                ce_marked: false
                account: professional
                dpia: done
                record: true
                patient_notice: false
            data:
              - { id: interne, label: Documents internes, kind: internal, examples: Protocoles et plannings, about: other }
            uses:
              - { id: courriers, label: Rédaction de courriers administratifs, kind: drafting, description: Courriers sans donnée patient }
              - { id: diagnostic, label: Aide au diagnostic, kind: decision_support }
            authorised:
              - use: courriers
                roles: [secretaire]
                tools: [copilot]
                data: [interne]
                human_validation: true
                conditions: [Relire et valider chaque courrier avant envoi.]
            forbidden:
              - use: diagnostic
                tools: ["*"]
                reason: Aucun outil d'IA générative n'est un dispositif médical marqué CE.
              - statement: Copier un document patient dans un outil non autorisé.
            situations:
              - situation: Dicter un courrier nominatif dans un outil non autorisé pour ces données.
                risk: Divulgation d'informations couvertes par le secret.
                reflex: Utiliser l'outil de dictée de l'établissement.
            practices: [Ne jamais saisir de nom de patient.]
            incident: { procedure: Déclarer via une fiche d'événement indésirable (FEI). }
            traceability: Mention « Rédigé avec l'aide de Copilot » en fin de courrier.
            training:
              - { title: Sensibilisation à l'IA générative, audience: Tout le service, date: mars 2027 }
              - { title: Prise en main de Copilot, roles: [secretaire, ide] }
            """;

    // --- The samples -----------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleQuestionnaires")
    void everySampleQuestionnaireValidatesAgainstTheSchema(Path sample) {
        assertThat(messages(errorsFor(read(sample)))).as("schema errors in %s", sample).isEmpty();
    }

    @ParameterizedTest(name = "{0} expects {1}")
    @MethodSource("invalidSamples")
    void anInvalidSampleFailsTheSchemaExactlyWhenItExpectsQSchemaOrLacksARequiredContact(Path sample, String codes) {
        List<Error> found = errorsFor(read(sample));
        List<String> errors = messages(found);
        String missingContact = MISSING_CONTACT.get(sample.getFileName().toString());

        if (missingContact != null) {
            assertThat(found).as("schema errors in %s", sample).satisfiesExactly(error -> {
                assertThat(describe(error)).startsWith("required at /organisation/contacts");
                assertThat(error.getProperty()).isEqualTo(missingContact);
            });
        } else if (List.of(codes.split(",")).contains("Q-SCHEMA")) {
            assertThat(errors).as("schema errors in %s", sample).isNotEmpty();
        } else {
            assertThat(errors).as("schema errors in %s (the tool reports %s, not Q-SCHEMA)", sample, codes).isEmpty();
        }
    }

    // --- What the schema accepts -----------------------------------------------------------------

    @Test
    void aQuestionnaireUsingEveryPartOfTheFormatIsValid() {
        assertThat(messages(errorsFor(yaml(VALID)))).isEmpty();
    }

    @Test
    void anUnquotedVersionNumberIsAccepted() {
        assertThat(messages(errorsFor(yaml(variant("version: \"1.0\"", "version: 1.10"))))).isEmpty();
    }

    @Test
    void emailsAreLeftToRuleGContacts() {
        String withoutEmail = variant("{ name: Julien Ferrand, email: rssi@ch-valmont.fr }", "{ name: Julien Ferrand }");
        String withBadEmail = variant("dpo@ch-valmont.fr", "dpo-at-ch-valmont.fr");

        assertThat(messages(errorsFor(yaml(withoutEmail)))).isEmpty();
        assertThat(messages(errorsFor(yaml(withBadEmail)))).isEmpty();
    }

    @Test
    void trainsOnInputsAcceptsTrueFalseAndUnknown() {
        for (String answer : List.of("true", "false", "unknown")) {
            String questionnaire = variant("trains_on_inputs: false", "trains_on_inputs: " + answer);
            assertThat(messages(errorsFor(yaml(questionnaire)))).as("trains_on_inputs: %s", answer).isEmpty();
        }
    }

    @Test
    void aForbiddenEntryMayBeAStatementAlone() {
        String questionnaire = variant("""
                  - use: diagnostic
                    tools: ["*"]
                    reason: Aucun outil d'IA générative n'est un dispositif médical marqué CE.
                """, "");
        assertThat(messages(errorsFor(yaml(questionnaire)))).isEmpty();
    }

    // --- What the schema rejects -----------------------------------------------------------------

    @Test
    void anUnknownKeyIsAnError() {
        List<Error> errors = errorsFor(yaml("""
                schema: charte-ia/1
                organisation:
                  name: CH de Valmont
                  contacts: { dpo: { name: Claire Morvan }, security_officer: { name: Julien Ferrand } }
                service:
                  name: Urgences adultes
                  manager: { name: Hélène Garnier, title: Cadre de santé }
                document:
                  reference: QUA-IA-URG-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Thomas Lefèvre, title: Cadre de santé }
                  reviewed_by: { name: Claire Morvan, title: DPO }
                  approved_by: { name: Dr Marc Delaunay, title: Chef de service }
                tools:
                  - { id: copilot, name: Copilot, kind: enterprise, hosting: eu, trains_on_input: false }
                practise: [Relire avant d'envoyer.]
                """));

        assertThat(errors).hasSize(2);
        assertRejected(errors, "additionalProperties", "/tools/0", "trains_on_input");
        assertRejected(errors, "additionalProperties", "", "practise");
    }

    @Test
    void aValueOutsideAnEnumIsAnError() {
        List<Error> errors = errorsFor(yaml("""
                schema: charte-ia/1
                locale: de
                organisation:
                  name: CH de Valmont
                  contacts: { dpo: { name: Claire Morvan }, security_officer: { name: Julien Ferrand } }
                service:
                  name: Urgences adultes
                  manager: { name: Hélène Garnier, title: Cadre de santé }
                document:
                  reference: QUA-IA-URG-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Thomas Lefèvre, title: Cadre de santé }
                  reviewed_by: { name: Claire Morvan, title: DPO }
                  approved_by: { name: Dr Marc Delaunay, title: Chef de service }
                roles:
                  - { id: ide, label: Infirmier·ère, kind: nurse }
                tools:
                  - { id: copilot, name: Copilot, kind: enterprise, hosting: europe, trains_on_inputs: maybe }
                """));

        assertThat(withoutBranchDetails(errors)).hasSize(4);
        assertRejected(errors, "oneOf", "/locale", null);
        assertRejected(errors, "oneOf", "/roles/0/kind", null);
        assertRejected(errors, "oneOf", "/tools/0/hosting", null);
        assertRejected(errors, "oneOf", "/tools/0/trains_on_inputs", null);
    }

    @Test
    void aShortNameOrShortLabelOverThirtyCharactersIsAnError() {
        String tooLong = variant("short_name: Copilot", "short_name: Microsoft 365 Copilot sous licence")
                .replace("short_label: Secrétariat", "short_label: Secrétariat médical des consultations");

        List<Error> errors = errorsFor(yaml(tooLong));

        assertThat(errors).hasSize(2);
        assertRejected(errors, "maxLength", "/tools/0/short_name", null);
        assertRejected(errors, "maxLength", "/roles/0/short_label", null);
        assertThat(messages(errorsFor(yaml(variant("short_name: Copilot", "short_name: Dictée et synthèse des comptes")))))
                .as("30 characters").isEmpty();
    }

    @Test
    void aValueOutsideTheNewEnumsIsAnError() {
        String questionnaire = variant("account: professional", "account: perso")
                .replace("dpia: done", "dpia: yes")
                .replace("about: other", "about: agents")
                .replace("record: true", "record: oui");

        List<Error> errors = errorsFor(yaml(questionnaire));

        assertThat(withoutBranchDetails(errors)).hasSize(4);
        assertRejected(errors, "oneOf", "/tools/0/account", null);
        assertRejected(errors, "oneOf", "/tools/0/dpia", null);
        assertRejected(errors, "oneOf", "/data/0/about", null);
        assertRejected(errors, "type", "/tools/0/record", null);
    }

    @Test
    void everyAccountDpiaStatusAndDataSubjectIsAccepted() {
        for (String account : List.of("professional", "personal", "none")) {
            assertThat(messages(errorsFor(yaml(variant("account: professional", "account: " + account))))).as(account).isEmpty();
        }
        for (String dpia : List.of("done", "in_progress", "not_required", "unknown")) {
            assertThat(messages(errorsFor(yaml(variant("dpia: done", "dpia: " + dpia))))).as(dpia).isEmpty();
        }
        for (String about : List.of("patients", "staff", "other")) {
            assertThat(messages(errorsFor(yaml(variant("about: other", "about: " + about))))).as(about).isEmpty();
        }
    }

    @Test
    void trainingRolesAreReferencesAndSituationsNeedTheirThreeParts() {
        String questionnaire = variant("roles: [secretaire, ide]", "roles: [Secrétaire, \"*\"]")
                .replace("    reflex: Utiliser l'outil de dictée de l'établissement.\n", "");

        List<Error> errors = errorsFor(yaml(questionnaire));

        assertThat(errors).hasSize(2);
        assertRejected(errors, "pattern", "/training/1/roles/0", null);
        assertRejected(errors, "required", "/situations/0", null);
    }

    @Test
    void aMalformedIdIsAnError() {
        List<Error> errors = errorsFor(yaml("""
                schema: charte-ia/1
                organisation:
                  name: CH de Valmont
                  contacts: { dpo: { name: Claire Morvan }, security_officer: { name: Julien Ferrand } }
                service:
                  name: Urgences adultes
                  manager: { name: Hélène Garnier, title: Cadre de santé }
                document:
                  reference: QUA-IA-URG-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Thomas Lefèvre, title: Cadre de santé }
                  reviewed_by: { name: Claire Morvan, title: DPO }
                  approved_by: { name: Dr Marc Delaunay, title: Chef de service }
                roles:
                  - { id: Infirmier, label: Infirmier·ère, kind: care }
                  - { id: -cadre, label: Cadre de santé, kind: management }
                  - { id: sécrétaire, label: Secrétaire médicale, kind: administrative }
                authorised:
                  - { use: Courriers, roles: ["*", "all roles"], tools: [copilot], data: [interne] }
                """));

        assertThat(errors).hasSize(5);
        assertRejected(errors, "pattern", "/roles/0/id", null);
        assertRejected(errors, "pattern", "/roles/1/id", null);
        assertRejected(errors, "pattern", "/roles/2/id", null);
        assertRejected(errors, "pattern", "/authorised/0/use", null);
        assertRejected(errors, "pattern", "/authorised/0/roles/1", null);
    }

    @Test
    void anotherFormatVersionIsAnError() {
        assertThat(errorsFor(yaml(variant("schema: charte-ia/1", "schema: charte-ia/2"))))
                .satisfiesExactly(error -> assertThat(describe(error)).startsWith("const at /schema"));
    }

    @Test
    void aDateInAnotherFormatIsAnError() {
        assertThat(messages(errorsFor(yaml(variant("effective_date: 2027-01-04", "effective_date: 04/01/2027")))))
                .allSatisfy(message -> assertThat(message).containsAnyOf("pattern at /document/effective_date",
                        "format at /document/effective_date"))
                .anySatisfy(message -> assertThat(message).startsWith("pattern at /document/effective_date"));
    }

    @Test
    void aDateOutsideTheCenturyOrWrittenAsANumberIsAnError() {
        for (String date : List.of("0000-02-01", "-2027-02-01", "1999-12-31", "2101-01-01", "999999999-02-01")) {
            assertThat(messages(errorsFor(yaml(variant("effective_date: 2027-01-04", "effective_date: " + date)))))
                    .as(date).anySatisfy(message -> assertThat(message).startsWith("pattern at /document/effective_date"));
        }
        assertThat(messages(errorsFor(yaml(variant("effective_date: 2027-01-04", "effective_date: 20270201")))))
                .anySatisfy(message -> assertThat(message).startsWith("type at /document/effective_date"));
        assertThat(errorsFor(yaml(variant("effective_date: 2027-01-04", "effective_date: 2100-12-31")))).isEmpty();
        assertThat(errorsFor(yaml(variant("effective_date: 2027-01-04", "effective_date: 2000-01-01")))).isEmpty();
    }

    @Test
    void aNumberOrAQuotedWordWhereTrueOrFalseIsExpectedIsAnError() {
        assertThat(messages(errorsFor(yaml(variant("contract: true", "contract: 2")))))
                .anySatisfy(message -> assertThat(message).startsWith("type at /tools/"));
        assertThat(messages(errorsFor(yaml(variant("contract: true", "contract: \"true\"")))))
                .anySatisfy(message -> assertThat(message).startsWith("type at /tools/"));
    }

    @Test
    void aDateThatIsNotInTheCalendarIsAnError() {
        assertThat(errorsFor(yaml(variant("effective_date: 2027-01-04", "effective_date: 2027-02-30"))))
                .satisfiesExactly(error -> assertThat(describe(error)).startsWith("format at /document/effective_date"));
    }

    @Test
    void datesDeclareTheDateFormatForEditors() {
        assertThat(SCHEMA_JSON.at("/definitions/date/format").asString()).isEqualTo("date");
        assertThat(SCHEMA_JSON.at("/properties/document/properties/effective_date/$ref").asString())
                .isEqualTo("#/definitions/date");
        assertThat(SCHEMA_JSON.at("/properties/document/properties/review_date/$ref").asString())
                .isEqualTo("#/definitions/date");
    }

    @Test
    void theDpoAndTheSecurityOfficerAreRequired() {
        String withoutDpo = variant(
                "    dpo: { name: Claire Morvan, email: dpo@ch-valmont.fr, phone: \"03 80 00 00 10\" }\n", "");
        String withoutSecurityOfficer = variant("    security_officer: { name: Julien Ferrand, email: rssi@ch-valmont.fr }\n", "");
        String withoutContacts = variant("""
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-valmont.fr, phone: "03 80 00 00 10" }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-valmont.fr }
                    ai_referent: { name: Dr Nadia Benali, email: referent-ia@ch-valmont.fr }
                """, "");

        assertThat(errorsFor(yaml(withoutDpo))).satisfiesExactly(error -> {
            assertThat(describe(error)).startsWith("required at /organisation/contacts");
            assertThat(error.getProperty()).isEqualTo("dpo");
        });
        assertThat(errorsFor(yaml(withoutSecurityOfficer))).satisfiesExactly(error -> {
            assertThat(describe(error)).startsWith("required at /organisation/contacts");
            assertThat(error.getProperty()).isEqualTo("security_officer");
        });
        assertThat(errorsFor(yaml(withoutContacts))).satisfiesExactly(error -> {
            assertThat(describe(error)).startsWith("required at /organisation");
            assertThat(error.getProperty()).isEqualTo("contacts");
        });
    }

    @Test
    void aMissingRequiredFieldIsAnError() {
        assertThat(errorsFor(yaml(variant("  name: Urgences adultes\n", ""))))
                .satisfiesExactly(error -> assertThat(describe(error)).startsWith("required at /service"));
    }

    @Test
    void aBlankLabelIsAnError() {
        assertThat(errorsFor(yaml(variant("label: Infirmier·ère,", "label: \"  \","))))
                .satisfiesExactly(error -> assertThat(describe(error)).startsWith("pattern at /roles/1/label"));
    }

    @Test
    void anAuthorisedRuleWithAnEmptyListIsAnError() {
        assertThat(errorsFor(yaml(variant("data: [interne]", "data: []"))))
                .satisfiesExactly(error -> assertThat(describe(error)).startsWith("minItems at /authorised/0/data"));
    }

    @Test
    void aForbiddenEntryNeedsAReasonOrAStatementAndMustNameSomething() {
        String withoutReason = variant("    reason: Aucun outil d'IA générative n'est un dispositif médical marqué CE.\n", "");
        String namingNothing = variant("""
                  - use: diagnostic
                    tools: ["*"]
                """, """
                  - tools: []
                """);

        // networknt reports a failed anyOf through the failures of its branches
        for (String questionnaire : List.of(withoutReason, namingNothing)) {
            assertThat(errorsFor(yaml(questionnaire))).isNotEmpty().allSatisfy(error -> {
                assertThat(pointer(error)).startsWith("/forbidden/0");
                assertThat(error.getEvaluationPath().contains("anyOf")).as("from the anyOf: %s", describe(error)).isTrue();
            });
        }
    }

    // --- The schema follows the model records (drift guard) --------------------------------------

    @Test
    void everyModelRecordHasExactlyItsComponentsAsSchemaProperties() {
        List<Level> records = modelLevels().stream().filter(level -> level.type().isRecord()).toList();

        assertThat(records).extracting(Level::type).contains(Questionnaire.class);
        assertSoftly(softly -> records.forEach(level -> softly.assertThat(level.schema().path("properties").propertyNames())
                .as("schema properties at %s (%s)", level.path(), level.type().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(keysOf(level.type()))));
    }

    @Test
    void everyModelEnumHasExactlyItsCodesInTheSchema() {
        List<Level> enums = modelLevels().stream().filter(level -> level.type().isEnum()).toList();

        assertThat(enums).isNotEmpty();
        assertSoftly(softly -> enums.forEach(level -> softly.assertThat(enumValues(level.schema()))
                .as("schema enum at %s (%s)", level.path(), level.type().getSimpleName())
                .containsExactlyInAnyOrderElementsOf(Coded.codesOf(level.type()))));
    }

    @Test
    void everySchemaObjectRejectsUnknownKeysAndRequiresOnlyItsOwnProperties() {
        assertSoftly(softly -> modelLevels().stream().filter(level -> level.type().isRecord()).forEach(level -> {
            JsonNode schema = level.schema();
            softly.assertThat(schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean())
                    .as("additionalProperties false at %s", level.path()).isTrue();
            softly.assertThat(textsOf(schema.path("required")))
                    .as("required keys at %s", level.path())
                    .isSubsetOf(schema.path("properties").propertyNames());
        }));
    }

    @Test
    void everyPropertyHasATitleAndADescriptionForEditors() {
        List<String> undocumented = new ArrayList<>();
        collectUndocumented("", SCHEMA_JSON, undocumented);
        SCHEMA_JSON.path("definitions").properties()
                .forEach(def -> collectUndocumented("/definitions/" + def.getKey(), def.getValue(), undocumented));

        assertThat(undocumented).as("properties without title or description").isEmpty();
    }

    @Test
    void everyEnumValueIsAConstWithAFrenchDescription() {
        List<String> bareEnums = new ArrayList<>();
        List<String> undescribed = new ArrayList<>();
        visitSchemas("", SCHEMA_JSON, (path, node) -> {
            if (node.has("enum")) {
                bareEnums.add(path);
            }
            for (JsonNode choice : node.path("oneOf")) {
                if (choice.has("const") && choice.path("description").asString("").isBlank()) {
                    undescribed.add(path + " = " + choice.get("const"));
                }
            }
        });
        List<Level> enums = modelLevels().stream().filter(level -> level.type().isEnum()).toList();

        assertThat(bareEnums).as("enum without descriptions (use oneOf of const + description)").isEmpty();
        assertThat(undescribed).as("const without description").isEmpty();
        assertThat(enums).allSatisfy(level -> assertThat(level.schema().path("oneOf").valueStream()
                .allMatch(choice -> choice.has("const") && choice.has("description"))).as(level.path()).isTrue());
        assertThat(SCHEMA_JSON.at("/definitions/tool/properties/hosting/oneOf/1/description").asString())
                .startsWith("Chez un hébergeur certifié HDS");
    }

    @Test
    void theSchemaIsAValidDraft07SchemaLoadedWithoutNetwork() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_7.getDialectId()));

        assertThat(SCHEMA_JSON.path("$schema").asString()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(messages(metaSchema.validate(SCHEMA_JSON))).isEmpty();
    }

    /**
     * The VS Code YAML extension reads draft-07: a keyword of a later draft would be ignored there
     * silently, so the schema would check less than it seems to.
     */
    @Test
    void theSchemaUsesNoKeywordOfLaterDrafts() {
        List<String> later = new ArrayList<>();
        visitSchemas("", SCHEMA_JSON, (path, node) -> node.propertyNames().stream()
                .filter(LATER_DRAFT_KEYWORDS::contains).forEach(keyword -> later.add(path + "/" + keyword)));

        assertThat(later).isEmpty();
    }

    /** Draft-07 ignores every keyword beside "$ref": a constraint there must go through allOf. */
    @Test
    void nothingButAnnotationsSitsBesideARef() {
        List<String> ignored = new ArrayList<>();
        visitSchemas("", SCHEMA_JSON, (path, node) -> {
            if (node.has("$ref")) {
                node.propertyNames().stream().filter(key -> !ANNOTATIONS.contains(key))
                        .forEach(key -> ignored.add(path + "/" + key));
            }
        });

        assertThat(ignored).isEmpty();
    }

    @Test
    void theScanNoticesLaterKeywordsWhereverTheyAre() {
        JsonNode later = JSON.readTree("""
                { "$defs": { "a": { "type": "object", "unevaluatedProperties": false,
                  "properties": { "$defs": { "dependentRequired": { "x": ["y"] } } } } } }
                """);
        List<String> found = new ArrayList<>();
        visitSchemas("", later, (path, node) -> node.propertyNames().stream()
                .filter(LATER_DRAFT_KEYWORDS::contains).forEach(keyword -> found.add(path + "/" + keyword)));

        assertThat(found).containsExactlyInAnyOrder("/$defs", "/$defs/a/unevaluatedProperties",
                "/$defs/a/properties/$defs/dependentRequired");
    }

    // --- Helpers ---------------------------------------------------------------------------------

    /** Keywords that 2019-09 and 2020-12 added: draft-07 tools do not know them. */
    private static final java.util.Set<String> LATER_DRAFT_KEYWORDS = java.util.Set.of("$defs", "$anchor", "$dynamicRef",
            "$dynamicAnchor", "$recursiveRef", "$recursiveAnchor", "$vocabulary", "unevaluatedProperties",
            "unevaluatedItems", "dependentRequired", "dependentSchemas", "prefixItems", "minContains", "maxContains",
            "contentSchema", "deprecated");

    private static final java.util.Set<String> ANNOTATIONS = java.util.Set.of("$ref", "title", "description", "default",
            "examples", "$comment");

    /** Invalid samples that the tool reports under G-CONTACTS and the schema, for editors, reports as required. */
    private static final Map<String, String> MISSING_CONTACT = Map.of(
            "g-contacts-missing-dpo.yaml", "dpo",
            "g-contacts-missing-security-officer.yaml", "security_officer");

    /**
     * Calls {@code visitor} on every schema in {@code node}: the node, and what its keywords hold
     * (the values of properties and definitions are schemas; their names are not keywords).
     */
    private static void visitSchemas(String path, JsonNode node, java.util.function.BiConsumer<String, JsonNode> visitor) {
        if (!node.isObject()) {
            return;
        }
        visitor.accept(path, node);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            String keywordPath = path + "/" + keyword;
            if (NAMED_SCHEMAS.contains(keyword) && value.isObject()) {
                value.properties().forEach(named -> visitSchemas(keywordPath + "/" + named.getKey(), named.getValue(), visitor));
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    visitSchemas(keywordPath + "/" + i, value.get(i), visitor);
                }
            } else if (!"const".equals(keyword) && !"default".equals(keyword)) {
                visitSchemas(keywordPath, value, visitor);
            }
        }
    }

    private static final java.util.Set<String> NAMED_SCHEMAS = java.util.Set.of("properties", "definitions", "$defs",
            "patternProperties", "dependencies");

    /** Questionnaire files directly in samples/ (the invalid ones live in a subfolder and are skipped). */
    static Stream<Path> sampleQuestionnaires() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SAMPLES)) {
            files = listing.filter(Files::isRegularFile).filter(QuestionnaireSchemaTest::isQuestionnaireFile).sorted().toList();
        }
        assertThat(files).as("questionnaires (.yaml, .yml, .json) directly in %s", SAMPLES.toAbsolutePath()).isNotEmpty();
        return files.stream();
    }

    /** The rows of samples/invalid/expected.tsv (file, codes, what the file breaks), header skipped. */
    static Stream<Arguments> invalidSamples() throws IOException {
        Path expected = SAMPLES.resolve("invalid").resolve("expected.tsv");
        assumeTrue(Files.exists(expected), expected + " is not there yet");
        return Files.readAllLines(expected, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\t"))
                .map(columns -> Arguments.of(expected.resolveSibling(columns[0]), columns[1]));
    }

    private static boolean isQuestionnaireFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static JsonNode readSchemaResource() {
        try (InputStream in = QuestionnaireSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("classpath resource %s", SCHEMA_RESOURCE).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a questionnaire file as the format allows: UTF-8 with an optional BOM, YAML or JSON by extension. */
    private static JsonNode read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON.readTree(text) : yaml(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode yaml(String text) {
        return YAML.readTree(text);
    }

    /** The valid questionnaire with one fragment replaced; fails if the fragment is not there. */
    private static String variant(String fragment, String replacement) {
        assertThat(VALID).as("the valid questionnaire").contains(fragment);
        return VALID.replace(fragment, replacement);
    }

    private static List<Error> errorsFor(JsonNode questionnaire) {
        return SCHEMA.validate(questionnaire);
    }

    /** An enum is a oneOf of consts: networknt reports the oneOf and, under it, each const that did not match. */
    private static List<Error> withoutBranchDetails(List<Error> errors) {
        return errors.stream().filter(error -> !(error.getKeyword().equals("const")
                && error.getEvaluationPath().contains("oneOf"))).toList();
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(QuestionnaireSchemaTest::describe).toList();
    }

    /** "keyword at /instance/pointer: message", stable enough to assert on and readable on failure. */
    private static String describe(Error error) {
        return error.getKeyword() + " at " + pointer(error) + ": " + error.getMessage();
    }

    private static String pointer(Error error) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < error.getInstanceLocation().getNameCount(); i++) {
            pointer.append('/').append(error.getInstanceLocation().getElement(i));
        }
        return pointer.toString();
    }

    private static void assertRejected(List<Error> errors, String keyword, String pointer, String property) {
        assertThat(errors).as("errors %s", messages(errors)).anySatisfy(error -> {
            assertThat(error.getKeyword()).isEqualTo(keyword);
            assertThat(pointer(error)).isEqualTo(pointer);
            if (property != null) {
                assertThat(error.getProperty()).isEqualTo(property);
            }
        });
    }

    /** One place where a model type meets its schema: a record (object) or an enum. */
    private record Level(String path, Class<?> type, JsonNode schema) {
    }

    private static List<Level> modelLevels() {
        List<Level> levels = new ArrayList<>();
        walk("", Questionnaire.class, SCHEMA_JSON, levels);
        return levels;
    }

    /** Follows the model from a type and the schema from a node in step: Optional and List unwrap, records recurse. */
    private static void walk(String path, Type javaType, JsonNode schemaNode, List<Level> levels) {
        JsonNode schema = resolve(schemaNode);
        if (javaType instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            if (generic.getRawType() == Optional.class) {
                walk(path, element, schema, levels);
            } else if (generic.getRawType() == List.class) {
                walk(path + "/items", element, schema.path("items"), levels);
            }
            return;
        }
        if (!(javaType instanceof Class<?> type)) {
            return;
        }
        if (type.isEnum()) {
            levels.add(new Level(path, type, schema));
        } else if (type.isRecord()) {
            levels.add(new Level(path, type, schema));
            for (RecordComponent component : type.getRecordComponents()) {
                String key = snakeCase(component.getName());
                walk(path + "/" + key, component.getGenericType(), schema.path("properties").path(key), levels);
            }
        }
    }

    /**
     * Follows local "$ref"s ("#/definitions/…"), also through an allOf that wraps one beside a
     * constraint; the schema must not need anything outside itself.
     */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") || current.path("allOf").path(0).has("$ref")) {
            String ref = current.has("$ref") ? current.get("$ref").asString() : current.get("allOf").get(0).get("$ref").asString();
            assertThat(ref).as("local reference").startsWith("#/");
            current = SCHEMA_JSON.at(ref.substring(1));
        }
        return current;
    }

    private static List<String> keysOf(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(component -> snakeCase(component.getName())).toList();
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** Enum values (the consts of a oneOf) as written in YAML: true and false (booleans in the schema) read as "true" and "false". */
    private static List<String> enumValues(JsonNode schema) {
        return schema.path("oneOf").valueStream().map(choice -> choice.path("const").asString()).toList();
    }

    private static List<String> textsOf(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** Every property under an object schema (and its items) must carry a title and a description. */
    private static void collectUndocumented(String path, JsonNode schema, List<String> undocumented) {
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String propertyPath = path + "/properties/" + property.getKey();
            JsonNode node = property.getValue();
            if (node.path("title").asString("").isBlank() || node.path("description").asString("").isBlank()) {
                undocumented.add(propertyPath);
            }
            collectUndocumented(propertyPath, node, undocumented);
            collectUndocumented(propertyPath + "/items", node.path("items"), undocumented);
        }
    }
}
