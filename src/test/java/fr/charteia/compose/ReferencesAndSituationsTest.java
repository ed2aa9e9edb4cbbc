package fr.charteia.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.model.Coded;
import fr.charteia.model.DataKind;
import fr.charteia.model.ToolKind;
import fr.charteia.model.UseKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data files the charter prints: the legal references (corrected after the legal review, the
 * same texts in both languages) and the catalogue of typical risk situations.
 */
class ReferencesAndSituationsTest {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Exactly the keys of an entry of references.yaml. */
    record Reference(String id, String title, String summary, String source) {
    }

    /** Exactly the keys of an entry of situations.yaml (the last four are the training room's). */
    record Situation(String id, When when, String situation, String risk, String reflex, String expected, String reason,
            List<String> references, @com.fasterxml.jackson.annotation.JsonProperty("workshop_only") Boolean workshopOnly) {

        boolean forCharters() {
            return !Boolean.TRUE.equals(workshopOnly);
        }
    }

    record When(List<String> uses, List<String> data, List<String> tools) {
    }

    // ---------------------------------------------------------------- references

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyReferenceHasAnIdATitleASummaryAndASource(String language) {
        List<Reference> references = references(language);

        assertThat(references).hasSizeGreaterThanOrEqualTo(20).allSatisfy(r -> {
            assertThat(r.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(r.title()).as(r.id()).isNotBlank();
            assertThat(r.summary()).as(r.id()).isNotBlank();
            assertThat(r.source()).as(r.id()).isNotBlank().doesNotContainIgnoringCase("compléter");
        });
        assertThat(references).extracting(Reference::id).doesNotHaveDuplicates();
    }

    @Test
    void bothLanguagesCiteTheSameTextsInTheSameOrder() {
        assertThat(references("en")).extracting(Reference::id)
                .containsExactlyElementsOf(references("fr").stream().map(Reference::id).toList());
        List<Reference> fr = references("fr");
        List<Reference> en = references("en");
        for (int i = 0; i < fr.size(); i++) {
            assertThat(urls(en.get(i).source())).as("official addresses of " + fr.get(i).id())
                    .isEqualTo(urls(fr.get(i).source()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void secrecyIsQuotedInFullWithTheLimbThatBindsNonProfessionals(String language) {
        assertThat(byId(language, "code-penal-226-13").summary())
                .contains("« La révélation d'une information à caractère secret par une personne qui en est dépositaire"
                        + " soit par état ou par profession, soit en raison d'une fonction ou d'une mission temporaire,"
                        + " est punie d'un an d'emprisonnement et de 15 000 euros d'amende. »");
        assertThat(byId(language, "code-penal-226-13").summary().toLowerCase(Locale.ROOT))
                .contains(language.equals("fr") ? "secrétaires" : "secretaries")
                .contains(language.equals("fr") ? "étudiants" : "students");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void medicalDeviceArticleIsQuotedAsWritten(String language) {
        Reference l4001 = byId(language, "csp-l4001-3");

        assertThat(l4001.title()).contains("L4001-3");
        assertThat(l4001.summary()).contains("« s'assure que la personne concernée en a été informée et qu'elle est,"
                + " le cas échéant, avertie de l'interprétation qui en résulte »");
    }

    @Test
    void healthDataPseudonymisationAndAdmissionDataAreThreeSeparateGdprMentions() {
        assertThat(byId("fr", "rgpd-art-4-15").title()).contains("article 4, point 15");
        assertThat(byId("fr", "rgpd-considerant-26").title()).contains("considérant 26");
        assertThat(byId("fr", "rgpd-considerant-26").summary()).contains("pseudonymisées").contains("restent des données personnelles");
        assertThat(byId("fr", "rgpd-considerant-35").title()).contains("considérant 35");
        assertThat(byId("fr", "rgpd-considerant-35").summary()).contains("admission");

        assertThat(byId("en", "rgpd-art-4-15").title()).contains("Article 4(15)");
        assertThat(byId("en", "rgpd-considerant-26").title()).contains("Recital 26");
        assertThat(byId("en", "rgpd-considerant-26").summary()).contains("Pseudonymised").contains("remain personal data");
        assertThat(byId("en", "rgpd-considerant-35").title()).contains("Recital 35");
        assertThat(byId("en", "rgpd-considerant-35").summary()).contains("admission");

        for (String language : List.of("fr", "en")) {
            assertThat(references(language)).extracting(Reference::title).filteredOn(t -> t.contains("2016/679"))
                    .noneMatch(t -> t.matches("(?i).*\\barticle 4\\s*:.*"))
                    .noneMatch(t -> t.contains("4(5)") || t.contains("4, point 5"));
        }
    }

    @Test
    void publicServiceSecrecyAndDiscretionCoverInternalDocuments() {
        assertThat(byId("fr", "cgfp-l121-6-l121-7").title()).contains("L121-6").contains("L121-7")
                .contains("Code général de la fonction publique");
        assertThat(byId("fr", "cgfp-l121-6-l121-7").summary()).contains("plannings");
        assertThat(byId("en", "cgfp-l121-6-l121-7").title()).contains("L121-6").contains("L121-7");
        assertThat(byId("en", "cgfp-l121-6-l121-7").summary()).contains("rotas");
        assertThat(byId("fr", "csp-l1110-4").summary()).doesNotContain("planning");
    }

    @Test
    void incidentsGoToTheCertSanteAndEveryBreachToTheRegister() {
        assertThat(byId("fr", "csp-l1111-8-2").title()).contains("L1111-8-2");
        assertThat(byId("fr", "csp-l1111-8-2").summary()).contains("CERT Santé").contains("sans délai");
        assertThat(byId("en", "csp-l1111-8-2").title()).contains("L1111-8-2");
        assertThat(byId("en", "csp-l1111-8-2").summary()).contains("CERT Santé").contains("without delay");

        assertThat(byId("fr", "rgpd-art-33-34").summary())
                .contains("registre des violations").contains("article 33, paragraphe 5").contains("72 heures")
                .contains("article 34");
        assertThat(byId("en", "rgpd-art-33-34").summary())
                .contains("breach register").contains("Article 33(5)").contains("72 hours").contains("Article 34");
    }

    @Test
    void hostingNamesHdsAndTheSrenArticleOnStorageInTheEu() {
        assertThat(byId("fr", "csp-l1111-8").title()).contains("L1111-8").contains("n° 2024-449").contains("SREN")
                .contains("article 32");
        assertThat(byId("fr", "csp-l1111-8").summary()).contains("HDS").contains("SREN (article 32)").contains("EEE");
        assertThat(byId("en", "csp-l1111-8").title()).contains("L1111-8").contains("n° 2024-449").contains("SREN")
                .contains("Article 32");
        assertThat(byId("en", "csp-l1111-8").summary()).contains("HDS").contains("SREN Act (Article 32)").contains("EEA");
    }

    @Test
    void aiActTransparencyFallsFirstOnProvidersAndLiteracyKeepsItsOriginalWording() {
        assertThat(byId("fr", "ria-art-50").summary()).startsWith("Les fournisseurs")
                .contains("paragraphe 4").contains("intérêt public").contains("2 août 2026");
        assertThat(byId("en", "ria-art-50").summary()).startsWith("Providers")
                .contains("paragraph 4").contains("public interest").contains("2 August 2026");
        for (String language : List.of("fr", "en")) {
            assertThat(byId(language, "ria-art-50").summary().toLowerCase(Locale.ROOT)).doesNotContain("patient");
        }

        assertThat(byId("fr", "ria-art-4").summary()).contains("fournisseurs et les déployeurs")
                .contains("niveau suffisant de maîtrise de l'IA").contains("2 février 2025");
        assertThat(byId("en", "ria-art-4").summary()).contains("Providers and deployers")
                .contains("to their best extent, a sufficient level of AI literacy").contains("2 February 2025");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void nothingUnverifiedIsPrinted(String language) {
        String text = text(language, "references.yaml");

        assertThat(text).doesNotContainIgnoringCase("PA-102")
                .doesNotContain("2026/1744")
                .doesNotContainIgnoringCase("omnibus")
                .doesNotContainIgnoringCase("à compléter");
        assertThat(byId(language, "anssi-ia-generative-2024").title())
                .contains("« Recommandations de sécurité pour un système d'IA générative »")
                .contains(language.equals("fr") ? "29 avril 2024" : "29 April 2024");
    }

    // ---------------------------------------------------------------- situations

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everySituationIsComplete(String language) {
        List<Situation> situations = situations(language);

        assertThat(situations).filteredOn(Situation::forCharters).hasSizeBetween(10, 14);
        assertThat(situations).allSatisfy(s -> {
            assertThat(s.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(List.of(s.situation(), s.risk(), s.reflex(), s.reason())).as(s.id()).allSatisfy(field -> {
                assertThat(field).isNotBlank();
                assertThat(field.split("\\s+")).as(field).hasSizeLessThanOrEqualTo(25);
            });
        });
        assertThat(situations).extracting(Situation::id).doesNotHaveDuplicates();
    }

    @Test
    void bothLanguagesHoldTheSameSituationsInTheSameOrderWithTheSameConditions() {
        List<Situation> fr = situations("fr");
        List<Situation> en = situations("en");

        assertThat(en).extracting(Situation::id).containsExactlyElementsOf(fr.stream().map(Situation::id).toList());
        assertThat(en).extracting(Situation::when).containsExactlyElementsOf(fr.stream().map(Situation::when).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void conditionsNameOnlyKindsTheQuestionnaireKnows(String language) {
        List<String> uses = Coded.codesOf(UseKind.class);
        List<String> data = Coded.codesOf(DataKind.class);
        List<String> tools = Coded.codesOf(ToolKind.class);

        assertThat(situations(language)).map(Situation::when).filteredOn(w -> w != null).allSatisfy(when -> {
            assertThat(nonEmpty(when.uses()) || nonEmpty(when.data()) || nonEmpty(when.tools()))
                    .as("a when names at least one kind").isTrue();
            assertThat(orEmpty(when.uses())).isSubsetOf(uses);
            assertThat(orEmpty(when.data())).isSubsetOf(data);
            assertThat(orEmpty(when.tools())).isSubsetOf(tools);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void atLeastThreeGeneralSituationsCloseTheCatalogueSoEveryCharterGetsThree(String language) {
        List<Situation> situations = situations(language).stream().filter(Situation::forCharters).toList();

        assertThat(situations).filteredOn(s -> s.when() == null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(situations.subList(situations.size() - 3, situations.size())).allSatisfy(s ->
                assertThat(s.when()).as(s.id()).isNull());
    }

    @Test
    void theIssuesExamplesAreInTheCatalogueAndReflexesKeepTheCharterRules() {
        Map<String, Situation> fr = situations("fr").stream().collect(Collectors.toMap(Situation::id, Function.identity()));

        assertThat(fr).containsKeys("dictee-nom-patient", "planning-chatbot-public", "dose-synthese-generee");
        assertThat(fr.get("dictee-nom-patient").reflex()).contains("outil autorisé pour ces données");
        assertThat(fr.get("planning-chatbot-public").when().tools()).containsExactly("public");
        assertThat(fr.get("saisie-par-erreur").reflex()).contains("fiche d'événement indésirable").contains("DPO");
        assertThat(situations("en").stream().filter(s -> s.id().equals("dictee-nom-patient")).findFirst().orElseThrow()
                .reflex()).contains("tool authorised for these data");
        // legal texts are cited by their id of references.yaml, never written in the situations' sentences
        for (String language : List.of("fr", "en")) {
            assertThat(situations(language)).allSatisfy(s -> assertThat(String.join("\n", s.situation(), s.risk(),
                    s.reflex(), s.reason()))
                    .doesNotContainPattern("(?i)(\\barticle\\b|\\bart\\.|\\bRGPD\\b|\\bGDPR\\b|\\bL\\d{4}|226-13)"));
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Reference> references(String language) {
        return read(language, "references.yaml", new TypeReference<>() { });
    }

    private static List<Situation> situations(String language) {
        return read(language, "situations.yaml", new TypeReference<>() { });
    }

    private static Reference byId(String language, String id) {
        return references(language).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no reference " + id + " in " + language));
    }

    private static <T> List<T> read(String language, String file, TypeReference<List<T>> type) {
        try {
            List<T> entries = YAML.readValue(text(language, file), type);
            assertThat(entries).as(language + "/" + file).isNotEmpty().doesNotContainNull();
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String language, String file) {
        try {
            return Files.readString(Path.of("templates", language, file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> urls(String source) {
        return Arrays.stream(source.split("[\\s;]+")).filter(w -> w.startsWith("https://")).toList();
    }

    private static boolean nonEmpty(List<String> list) {
        return list != null && !list.isEmpty();
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
