package fr.charteia;

import static org.assertj.core.api.Assertions.assertThat;

import fr.charteia.load.LoadFailure;
import fr.charteia.load.SchemaProblem;
import fr.charteia.model.Coded;
import fr.charteia.model.DataKind;
import fr.charteia.model.DpiaStatus;
import fr.charteia.model.Hosting;
import fr.charteia.model.RoleKind;
import fr.charteia.model.ToolKind;
import fr.charteia.model.TrainsOnInputs;
import fr.charteia.model.UseKind;
import fr.charteia.validation.RuleCode;
import fr.charteia.validation.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message bundles hold every message and term the code asks for, in French and in English,
 * with the same keys and placeholders, and nothing the code no longer uses. The keys the code asks
 * for are read from its source: the constraint annotations of the model and the
 * {@code violations.error("…")} / {@code warning("…")} calls of the rules.
 */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "fr", "charteia");
    private static final Path MODEL = SOURCES.resolve("model");
    private static final Path VALIDATION = SOURCES.resolve("validation");
    private static final Path RULES = VALIDATION.resolve("rule");

    private static final Properties FRENCH = bundle("/ValidationMessages_fr.properties");
    private static final Properties ENGLISH = bundle("/ValidationMessages_en.properties");
    private static final Properties CLI_FRENCH = bundle("/fr/charteia/cli/Texts_fr.properties");
    private static final Properties CLI_ENGLISH = bundle("/fr/charteia/cli/Texts_en.properties");

    /** The enums whose values are quoted in messages through {@link Terms#of(Coded)}. */
    private static final List<Class<? extends Enum<?>>> TERM_ENUMS = List.of(DataKind.class, Hosting.class,
            TrainsOnInputs.class, UseKind.class, RoleKind.class, ToolKind.class, DpiaStatus.class);

    /**
     * Values that may read the same in both languages (a product name, an acronym). None today: a
     * new entry must say why the word is the same in French and English.
     */
    private static final Set<String> SAME_IN_BOTH_LANGUAGES = Set.of();

    /**
     * Rules whose variant is a variable, not a literal: where the source gives the variable its
     * values. {@code UnknownReferences} calls {@code checkList(…, "roles", …)}, {@code
     * UnusedDeclarations} calls {@code report("roles", …)}, {@code PersonalDataInText} builds
     * {@code new Suspicion("nir", …)}.
     */
    private static final Map<String, Pattern> VARIABLE_VARIANTS = Map.of(
            "UnknownReferences", Pattern.compile("checkList\\([^;]*?\"(\\w+)\""),
            "UnusedDeclarations", Pattern.compile("report\\(\"(\\w+)\""),
            "PersonalDataInText", Pattern.compile("new Suspicion\\(\"(\\w+)\""));

    /** Codes checked beside the file rather than by a rule of the catalogue (G-LOGO reads the logo: LogoFindings). */
    private static final Set<RuleCode> OUTSIDE_THE_CATALOGUE = Set.of(RuleCode.G_LOGO,
            // checked between a department and its establishment baseline (validation.baseline), with literal keys
            RuleCode.B_BASELINE, RuleCode.B_LOOSEN, RuleCode.B_TOOL, RuleCode.B_OVERRIDE, RuleCode.B_REFERENCE);

    private static final Pattern RULE_REGISTRATION = Pattern.compile("RULES\\.put\\(RuleCode\\.(\\w+),\\s*new\\s+(\\w+)\\(\\)\\)");
    private static final Pattern REPORT_CALL = Pattern.compile("violations\\s*\\.\\s*(?:error|warning)\\(([^()]*)\\)");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern ANNOTATION_KEY = Pattern.compile("\"\\{([A-Za-z][\\w-]*\\.\\w+)}\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{[^{}]+}");
    private static final Pattern CLI_PLACEHOLDER = Pattern.compile("\\{\\d+}");

    // ------------------------------------------------------------------------------------------
    // Same keys, same placeholders, really translated
    // ------------------------------------------------------------------------------------------

    @Test
    void frenchAndEnglishValidationBundlesHaveExactlyTheSameKeys() {
        assertThat(missing(FRENCH, ENGLISH)).as("keys of ValidationMessages_fr missing from _en").isEmpty();
        assertThat(missing(ENGLISH, FRENCH)).as("keys of ValidationMessages_en missing from _fr").isEmpty();
        assertThat(keys(FRENCH)).hasSizeGreaterThan(50);
    }

    @Test
    void eachMessageHasTheSamePlaceholdersInBothLanguages() {
        Map<String, String> mismatches = new TreeMap<>();
        for (String key : keys(FRENCH)) {
            Set<String> french = placeholders(FRENCH.getProperty(key), PLACEHOLDER);
            Set<String> english = placeholders(ENGLISH.getProperty(key, ""), PLACEHOLDER);
            if (!french.equals(english)) {
                mismatches.put(key, "fr " + french + " / en " + english);
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void noValueIsLeftUntranslated() {
        Set<String> identical = new TreeSet<>();
        for (String key : keys(FRENCH)) {
            if (FRENCH.getProperty(key).equals(ENGLISH.getProperty(key))) {
                identical.add(key);
            }
        }
        assertThat(identical).as("values identical in fr and en, not listed in SAME_IN_BOTH_LANGUAGES")
                .isSubsetOf(SAME_IN_BOTH_LANGUAGES);
        assertThat(SAME_IN_BOTH_LANGUAGES).as("exceptions that are no longer identical").isSubsetOf(identical);
    }

    @Test
    void frenchMessagesReadAsFrenchAndEnglishOnesAsEnglish() {
        List<String> misplaced = new ArrayList<>();
        for (Properties[] pair : List.of(new Properties[] {FRENCH, ENGLISH}, new Properties[] {CLI_FRENCH, CLI_ENGLISH})) {
            for (String key : keys(pair[0])) {
                String french = pair[0].getProperty(key);
                String english = pair[1].getProperty(key, "");
                if (words(french).size() >= 5 && !looksFrench(french)) {
                    misplaced.add("fr " + key + "=" + french);
                }
                if (words(english).size() >= 5 && !looksEnglish(english)) {
                    misplaced.add("en " + key + "=" + english);
                }
            }
        }
        assertThat(misplaced).isEmpty();
    }

    @Test
    void termsReadTheBundlesAsUtf8LikeThisTest() {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            Terms terms = Terms.of(language);
            Properties expected = language == Locale.FRENCH ? FRENCH : ENGLISH;
            for (String key : keys(expected)) {
                assertThat(terms.text(key)).as(language + " " + key).isEqualTo(expected.getProperty(key));
            }
        }
        assertThat(Terms.of(Locale.FRENCH).text("term.DataKind.health_identifying")).contains("santé");
    }

    // ------------------------------------------------------------------------------------------
    // Everything the code asks for is there
    // ------------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(RuleCode.class)
    void everyRuleCodeHasAMessageInBothBundles(RuleCode code) {
        assertThat(keys(FRENCH)).as("French messages of " + code).anyMatch(key -> key.startsWith(code.code() + "."));
        assertThat(keys(ENGLISH)).as("English messages of " + code).anyMatch(key -> key.startsWith(code.code() + "."));
    }

    @ParameterizedTest
    @EnumSource(LoadFailure.Reason.class)
    void everyReasonAFileCannotBeReadHasAMessageInBothBundles(LoadFailure.Reason reason) {
        assertBothBundlesHave("load." + reason.name());
    }

    @ParameterizedTest
    @ValueSource(classes = {DataKind.class, Hosting.class, TrainsOnInputs.class, UseKind.class, RoleKind.class,
            ToolKind.class, DpiaStatus.class})
    void everyValueOfAQuotedEnumHasATermInBothBundles(Class<?> type) {
        List<String> codes = Coded.codesOf(type);
        assertThat(codes).isNotEmpty();
        for (String code : codes) {
            assertBothBundlesHave("term." + type.getSimpleName() + "." + code);
        }
    }

    @ParameterizedTest
    @EnumSource(SchemaProblem.Expected.class)
    void everyExpectedShapeHasATermInBothBundles(SchemaProblem.Expected expected) {
        assertBothBundlesHave("term.expected." + expected.name());
    }

    @Test
    void everyContactTheRulesNameHasATermInBothBundles() {
        Set<String> roles = contactRoles();
        assertThat(roles).containsExactlyInAnyOrder("dpo", "security_officer", "ai_referent");
        roles.forEach(role -> assertBothBundlesHave("term.contact." + role));
    }

    @Test
    void everyMessageKeyOfTheModelConstraintsIsInBothBundles() {
        Set<String> keys = annotationKeys();
        assertThat(keys).contains("Q-SCHEMA.required", "Q-SCHEMA.blank", "Q-SCHEMA.nonEmpty", "Q-SCHEMA.nullItem",
                "Q-SCHEMA.id", "Consistency.message");
        keys.forEach(MessageBundlesTest::assertBothBundlesHave);
    }

    @Test
    void everyVariantARuleReportsHasAMessageInBothBundles() {
        Map<String, Set<String>> variants = ruleMessageKeys();
        assertThat(variants.keySet()).as("rule classes").hasSize(RuleCode.values().length - OUTSIDE_THE_CATALOGUE.size());
        variants.forEach((rule, keys) -> {
            assertThat(keys).as("variants reported by " + rule).isNotEmpty();
            keys.forEach(MessageBundlesTest::assertBothBundlesHave);
        });
        assertThat(variants.get("UnknownReferences")).contains("Q-REF.uses", "Q-REF.roles", "Q-REF.tools", "Q-REF.data");
        assertThat(variants.get("HealthDataHosting")).contains("D-HEALTH-HOSTING.contract", "D-HEALTH-HOSTING.hosting");
    }

    @Test
    void everyPlaceholderOfARuleMessageIsAParameterTheRuleGives() {
        Map<String, String> unfilled = new TreeMap<>();
        ruleMessageKeys().forEach((rule, keys) -> {
            Set<String> given = matches(read(RULES.resolve(rule + ".java")), Pattern.compile("\\.with\\(\"(\\w+)\""));
            Set<String> withReasons = new TreeSet<>(keys);
            keys.stream().map(key -> key + ".reason").filter(FRENCH::containsKey).forEach(withReasons::add);
            for (String key : withReasons) {
                for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                    Properties bundle = language == Locale.FRENCH ? FRENCH : ENGLISH;
                    Set<String> missing = new TreeSet<>(matches(bundle.getProperty(key, ""),
                            Pattern.compile("(?<!\\$)\\{(\\w+)}")));
                    missing.removeAll(given);
                    if (!missing.isEmpty()) {
                        unfilled.put(key + " (" + language + ", " + rule + ")", missing.toString());
                    }
                }
            }
        });
        assertThat(unfilled).isEmpty();
    }

    /** The reverse: a key nothing asks for is a message no user will ever read, or a misspelt key. */
    @Test
    void everyKeyOfTheBundlesIsOneTheCodeAsksFor() {
        Set<String> used = new TreeSet<>(annotationKeys());
        ruleMessageKeys().values().forEach(used::addAll);
        for (Path file : Stream.concat(javaFiles(VALIDATION).stream(), javaFiles(VALIDATION.resolve("baseline")).stream()).toList()) {
            used.addAll(matches(read(file), Pattern.compile("\"([A-Z]-[A-Z-]+\\.\\w+|load\\.\\w+|merged\\.\\w+)\"")));
        }
        // a finding that can be merged with others at its place has a short reason (SamePlaceMerger)
        ruleMessageKeys().forEach((rule, keys) -> {
            String source = read(RULES.resolve(rule + ".java"));
            if (source.contains(".settledByRemoving(") || source.contains(".lapsesByRemoving(")) {
                keys.forEach(key -> used.add(key + ".reason"));
            }
        });
        Arrays.stream(LoadFailure.Reason.values()).forEach(r -> used.add("load." + r.name()));
        Arrays.stream(SchemaProblem.Expected.values()).forEach(e -> used.add("term.expected." + e.name()));
        TERM_ENUMS.forEach(type -> Coded.codesOf(type).forEach(c -> used.add("term." + type.getSimpleName() + "." + c)));
        contactRoles().forEach(role -> used.add("term.contact." + role));
        // why a character is refused (load.TextCharacters.Trouble), named in Q-SCHEMA.forbiddenCharacter
        List.of("CONTROL", "BYTE_ORDER_MARK", "NONCHARACTER", "LONE_SURROGATE").forEach(t -> used.add("term.character." + t));

        Set<String> unused = new TreeSet<>(keys(FRENCH));
        unused.removeAll(used);
        assertThat(unused).as("keys of the bundles that no code asks for").isEmpty();
        assertThat(used).contains("load.where", "Q-SCHEMA.unknownKeySuggest", "Q-SCHEMA.badChoice");
    }

    // ------------------------------------------------------------------------------------------
    // Command line
    // ------------------------------------------------------------------------------------------

    @Test
    void frenchAndEnglishCommandLineBundlesHaveTheSameKeysAndPlaceholders() {
        assertThat(missing(CLI_FRENCH, CLI_ENGLISH)).as("keys of Texts_fr missing from Texts_en").isEmpty();
        assertThat(missing(CLI_ENGLISH, CLI_FRENCH)).as("keys of Texts_en missing from Texts_fr").isEmpty();
        assertThat(keys(CLI_FRENCH)).contains("verdict.valid", "report.errors");
        for (String key : keys(CLI_FRENCH)) {
            assertThat(placeholders(CLI_FRENCH.getProperty(key), CLI_PLACEHOLDER)).as(key)
                    .isEqualTo(placeholders(CLI_ENGLISH.getProperty(key, ""), CLI_PLACEHOLDER));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    private static void assertBothBundlesHave(String key) {
        assertThat(FRENCH.getProperty(key)).as("French message " + key).isNotBlank();
        assertThat(ENGLISH.getProperty(key)).as("English message " + key).isNotBlank();
    }

    /** The contacts G-CONTACTS checks, named by {@code checkContact(…, required, "dpo", …)}. */
    private static Set<String> contactRoles() {
        return matches(read(RULES.resolve("ContactDetails.java")),
                Pattern.compile("checkContact\\([^;]*?(?:true|false),\\s*\"(\\w+)\""));
    }

    /** {@code {Q-SCHEMA.required}} and the like, in the model's constraints and the rules' constraint. */
    private static Set<String> annotationKeys() {
        Set<String> keys = new TreeSet<>();
        Stream.concat(javaFiles(MODEL).stream(), javaFiles(RULES).stream())
                .forEach(file -> keys.addAll(matches(read(file), ANNOTATION_KEY)));
        return keys;
    }

    /**
     * For each rule class of the catalogue, the bundle keys it reports with: its code, a dot, and
     * each variant passed to {@code violations.error} or {@code violations.warning}.
     */
    private static Map<String, Set<String>> ruleMessageKeys() {
        Map<String, RuleCode> codes = new LinkedHashMap<>();
        Matcher registration = RULE_REGISTRATION.matcher(read(RULES.resolve("RuleCatalogue.java")));
        while (registration.find()) {
            codes.put(registration.group(2), RuleCode.valueOf(registration.group(1)));
        }
        assertThat(codes.values()).as("codes registered in RuleCatalogue").containsExactlyInAnyOrderElementsOf(
                Arrays.stream(RuleCode.values()).filter(c -> !OUTSIDE_THE_CATALOGUE.contains(c)).toList());

        Map<String, Set<String>> keys = new TreeMap<>();
        for (Path file : javaFiles(RULES)) {
            String rule = file.getFileName().toString().replace(".java", "");
            String source = read(file);
            Set<String> variants = new TreeSet<>();
            Matcher call = REPORT_CALL.matcher(source);
            while (call.find()) {
                Set<String> literals = matches(call.group(1), STRING_LITERAL);
                if (literals.isEmpty()) {
                    assertThat(VARIABLE_VARIANTS).as(rule + " reports a variant held in a variable ("
                            + call.group(1) + "): add where its values come from to VARIABLE_VARIANTS")
                            .containsKey(rule);
                    literals = matches(source, VARIABLE_VARIANTS.get(rule));
                    assertThat(literals).as("values of " + call.group(1) + " in " + rule).isNotEmpty();
                }
                variants.addAll(literals);
            }
            if (variants.isEmpty()) {
                continue;
            }
            assertThat(codes).as(rule + " reports violations but is not in RuleCatalogue").containsKey(rule);
            RuleCode code = codes.get(rule);
            keys.put(rule, variants.stream().map(v -> code.code() + "." + v).collect(Collectors.toCollection(TreeSet::new)));
        }
        return keys;
    }

    private static boolean looksFrench(String text) {
        return score(text, FRENCH_WORDS) > score(text, ENGLISH_WORDS) || text.contains(" : ") || text.contains("« ");
    }

    private static boolean looksEnglish(String text) {
        return score(text, ENGLISH_WORDS) > score(text, FRENCH_WORDS);
    }

    private static final Set<String> FRENCH_WORDS = Set.of("le", "la", "les", "des", "du", "de", "un", "une", "est",
            "et", "pas", "ou", "au", "aux", "dans", "pour", "avec", "sans", "ce", "cette", "ces", "il", "elle", "sont",
            "qui", "que", "ne", "d", "l", "n", "qu", "s", "sous", "chez");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "an", "is", "are", "of", "to", "and", "or", "in",
            "with", "without", "not", "no", "this", "for", "by", "be", "it", "that", "which", "has", "have");

    private static long score(String text, Set<String> vocabulary) {
        return words(text).stream().filter(vocabulary::contains).count();
    }

    /** Lower-case words outside placeholders: {@code d'entreprise} gives {@code d} and {@code entreprise}. */
    private static List<String> words(String text) {
        String prose = PLACEHOLDER.matcher(text).replaceAll(" ");
        return Arrays.stream(prose.split("[^\\p{L}]+")).filter(w -> !w.isEmpty())
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> missing = keys(from);
        missing.removeAll(keys(in));
        return missing;
    }

    private static Set<String> keys(Properties bundle) {
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    private static Set<String> placeholders(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    /** Group 1 of every match. */
    private static Set<String> matches(String text, Pattern pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(found).as("sources in " + folder).isNotEmpty();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundle not on the classpath: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
