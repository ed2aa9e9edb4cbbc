package fr.charteia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.load.LoadFailure;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireFormat;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.validation.Finding;
import fr.charteia.validation.ProblemMessages;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.Terms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generative robustness: thousands of broken questionnaires, made from the samples by a seeded
 * {@link Random}, and random bytes, must each be either refused as unreadable with one clean
 * paragraph, or read and validated into well-formed findings, in French and in English alike.
 *
 * <p>Each parameterized case is one seed; every input of a seed is made by its own
 * {@code new Random(seed * 100_000 + index)}, so a failure names the seed and the input and is
 * replayed with {@code mvn test -Dtest=GenerativeQuestionnaireIT -Dcharteia.generative.seed=17}.
 * Failing inputs are also written to {@code target/generative-failures/}.
 */
class GenerativeQuestionnaireIT {

    private static final int SEEDS = 40;
    private static final int MUTATED_PER_SEED = 80;
    private static final int RANDOM_BYTES_PER_SEED = 30;
    private static final String REPLAY_PROPERTY = "charteia.generative.seed";
    private static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);
    private static final Path FAILURES = Path.of("target", "generative-failures");

    /**
     * Reading and validating one input in both languages: the slowest generated one takes under a
     * second; the budget only catches runaway cases (a quadratic pattern, a parser loop).
     */
    private static final long BUDGET_MILLIS = 10_000;

    /** Any line break, U+2028 and U+0085 included: an unreadable file gets one paragraph. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** The loader already cuts the parser's words at 200 characters; a whole message stays readable. */
    private static final int MAX_UNREADABLE_MESSAGE = 1_000;

    /** What an EL or format-string injection would print if user text were ever evaluated: 7 × 191. */
    private static final String EVALUATED_MARKER = "1337";

    private static QuestionnaireValidator validator;
    private static QuestionnaireLoader loader;
    private static List<Sample> samples;
    private static Set<String> placeholders;

    @BeforeAll
    static void startValidatorAndReadSamples() throws IOException {
        validator = new QuestionnaireValidator();
        loader = new QuestionnaireLoader();
        samples = readSamples();
        placeholders = ourPlaceholders();
    }

    @AfterAll
    static void closeValidator() {
        validator.close();
    }

    static LongStream seeds() {
        String replay = System.getProperty(REPLAY_PROPERTY, "").strip();
        if (!replay.isEmpty()) {
            return Arrays.stream(replay.split(",")).mapToLong(s -> Long.parseLong(s.strip()));
        }
        return LongStream.range(0, SEEDS);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedSamplesAreReadOrRefusedCleanlyInBothLanguages(long seed) {
        Outcomes outcomes = new Outcomes("seed-" + seed + "-mutated");
        for (int index = 0; index < MUTATED_PER_SEED; index++) {
            outcomes.check(Mutator.mutatedSample(seed, index));
        }

        assertThat(outcomes.problems.size()).as(outcomes.summary(seed)).isZero();
        assertThat(outcomes.read).as("the mutations still leave most files readable: " + outcomes.summary(seed))
                .isGreaterThanOrEqualTo(MUTATED_PER_SEED / 3);
        assertThat(outcomes.withFindings).as("readable mutants break rules: " + outcomes.summary(seed))
                .isGreaterThanOrEqualTo(MUTATED_PER_SEED / 4);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreReadOrRefusedCleanlyInBothLanguages(long seed) {
        Outcomes outcomes = new Outcomes("seed-" + seed + "-random");
        for (int index = 0; index < RANDOM_BYTES_PER_SEED; index++) {
            outcomes.check(Mutator.randomBytes(seed, index));
        }

        assertThat(outcomes.problems.size()).as(outcomes.summary(seed)).isZero();
    }

    /**
     * Found by this generator before long words were capped (seed 19: a 29,000-letter label took
     * 11 s): the P-PERSONAL-TEXT email pattern {@code [\w.%+'-]+@…} retries from every letter of a
     * word, so its cost grows with the square of the word; 40,000 letters take 5 s, 2 MiB hours.
     * Texts are now at most 1,000 characters (SizeLimits.TEXT); a word of that length is checked here.
     */
    @Test
    void aLongWordInAFreeTextFieldIsCheckedInLinearTime() throws Exception {
        String sample = Files.readString(Path.of("samples", "urgences-adultes.yaml"), StandardCharsets.UTF_8);
        String withLongWord = sample.replace("practices:\n", "practices:\n  - " + "a".repeat(1_000) + "\n");
        assertThat(withLongWord).isNotEqualTo(sample);
        LoadedQuestionnaire loaded = loader.load("long-word.yaml", QuestionnaireFormat.YAML,
                withLongWord.getBytes(StandardCharsets.UTF_8));

        List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> validator.validate(loaded, Locale.FRENCH));

        assertThat(findings).extracting(Finding::path).doesNotContain("practices[0]");
    }

    // ------------------------------------------------------------------------------------------
    // Checking one input
    // ------------------------------------------------------------------------------------------

    /** One generated file: its name (seed and index), format, bytes and how it was made. */
    record Input(long seed, int index, QuestionnaireFormat format, byte[] bytes, String recipe) {

        String name() {
            return "gen-" + seed + "-" + index + (format == QuestionnaireFormat.YAML ? ".yaml" : ".json");
        }

        /** The text as the user wrote it, lossily decoded, to tell our braces from theirs. */
        String lossyText() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String describe() {
            String preview = shorten(lossyText(), 400);
            return "seed " + seed + " input " + index + " (" + name() + ", " + bytes.length + " bytes, " + recipe
                    + ")\n  preview: " + escape(preview);
        }
    }

    /** What the inputs of one seed gave, and every broken promise met. */
    private static final class Outcomes {
        final String run;
        final List<String> problems = new ArrayList<>();
        int read;
        int unreadable;
        int withFindings;
        long slowestMillis = -1;
        String slowest = "";

        Outcomes(String run) {
            this.run = run;
        }

        void check(Input input) {
            long start = System.nanoTime();
            try {
                checkReadOrRefused(input);
            } finally {
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis > BUDGET_MILLIS) {
                    report(input, "reading and validating took " + millis + " ms, over the budget of " + BUDGET_MILLIS
                            + " ms");
                }
                if (millis > slowestMillis) {
                    slowestMillis = millis;
                    slowest = input.recipe();
                }
            }
        }

        private void checkReadOrRefused(Input input) {
            LoadedQuestionnaire loaded;
            try {
                loaded = loader.load(input.name(), input.format(), input.bytes());
            } catch (UnreadableQuestionnaireException e) {
                unreadable++;
                checkUnreadable(input, e.failure());
                return;
            } catch (Throwable t) {
                report(input, "loading threw " + stackTrace(t));
                return;
            }
            read++;
            Map<Locale, List<Finding>> findings = new LinkedHashMap<>();
            for (Locale language : LANGUAGES) {
                try {
                    findings.put(language, validator.validate(loaded, language));
                } catch (Throwable t) {
                    report(input, "validation in " + language + " threw " + stackTrace(t));
                    return;
                }
            }
            findings.forEach((language, list) -> list.forEach(f -> checkFinding(input, language, f)));
            List<List<Object>> french = shapes(findings.get(Locale.FRENCH));
            List<List<Object>> english = shapes(findings.get(Locale.ENGLISH));
            if (!french.equals(english)) {
                report(input, "French and English findings differ (code, severity, path): " + difference(french, english)
                        + "\n  fr " + french + "\n  en " + english);
            }
            if (!french.isEmpty()) {
                withFindings++;
            }
        }

        private void checkUnreadable(Input input, LoadFailure failure) {
            if (failure == null || failure.reason() == null) {
                report(input, "unreadable without a reason: " + failure);
                return;
            }
            for (Locale language : LANGUAGES) {
                String message;
                try {
                    message = ProblemMessages.describe(failure, Terms.of(language));
                } catch (Throwable t) {
                    report(input, "describing " + failure + " in " + language + " threw " + stackTrace(t));
                    continue;
                }
                String where = "unreadable (" + failure.reason() + ") message in " + language;
                if (message == null || message.isBlank()) {
                    report(input, where + " is blank");
                    continue;
                }
                if (LINE_BREAK.matcher(message).find()) {
                    report(input, where + " is not one paragraph: " + escape(message));
                }
                if (message.length() > MAX_UNREADABLE_MESSAGE + input.name().length()) {
                    report(input, where + " is " + message.length() + " characters long, not a paragraph one reads: "
                            + escape(shorten(message, 300)));
                }
                checkText(input, where, message);
            }
        }

        private void checkFinding(Input input, Locale language, Finding f) {
            String where = "finding " + f.code() + " at '" + f.path() + "' in " + language;
            if (f.code() == null || f.severity() == null || f.path() == null) {
                report(input, "finding with a null code, severity or path: " + f);
            }
            if (f.message() == null || f.message().isBlank()) {
                report(input, where + " has a blank message");
                return;
            }
            checkText(input, where, f.message());
        }

        /** No placeholder of ours left unfilled, and nothing the user wrote evaluated. */
        private void checkText(Input input, String where, String message) {
            String userText = input.lossyText();
            for (String placeholder : placeholders) {
                if (message.contains(placeholder) && !userText.contains(placeholder)) {
                    report(input, where + " keeps the placeholder " + placeholder + ": " + escape(message));
                }
            }
            if (message.contains(EVALUATED_MARKER) && !userText.contains(EVALUATED_MARKER)) {
                report(input, where + " shows an evaluated expression (" + EVALUATED_MARKER + "): " + escape(message));
            }
        }

        private void report(Input input, String what) {
            problems.add(shorten(what, 1500) + "\n  " + input.describe());
            try {
                Files.createDirectories(FAILURES);
                Files.write(FAILURES.resolve(input.name()), input.bytes());
            } catch (IOException ignored) {
                // the message above already says everything needed to replay
            }
        }

        String summary(long seed) {
            StringBuilder out = new StringBuilder("seed " + seed + " (replay with -D" + REPLAY_PROPERTY + "=" + seed
                    + "): " + read + " read, " + unreadable + " unreadable, " + withFindings + " with findings, slowest "
                    + slowestMillis + " ms (" + shorten(slowest, 200) + "), " + problems.size() + " problems");
            problems.stream().limit(3).forEach(p -> out.append("\n- ").append(p));
            if (problems.size() > 3) {
                out.append("\n- … and ").append(problems.size() - 3).append(" more, all in ")
                        .append(FAILURES.resolve(run + ".txt"));
            }
            if (!problems.isEmpty()) {
                try {
                    Files.createDirectories(FAILURES);
                    Files.writeString(FAILURES.resolve(run + ".txt"), String.join("\n\n", problems) + "\n");
                } catch (IOException ignored) {
                    // the assertion message still shows the first problems
                }
            }
            return out.toString();
        }

        /** Says whether the languages report other findings, or the same ones in another order. */
        private static String difference(List<List<Object>> french, List<List<Object>> english) {
            List<List<Object>> onlyFrench = new ArrayList<>(french);
            english.forEach(onlyFrench::remove);
            List<List<Object>> onlyEnglish = new ArrayList<>(english);
            french.forEach(onlyEnglish::remove);
            if (!onlyFrench.isEmpty() || !onlyEnglish.isEmpty()) {
                return "only in French " + onlyFrench + ", only in English " + onlyEnglish;
            }
            int at = 0;
            while (french.get(at).equals(english.get(at))) {
                at++;
            }
            return "the same findings in another order, from position " + at + ": fr " + french.get(at) + ", en "
                    + english.get(at);
        }

        private static List<List<Object>> shapes(List<Finding> findings) {
            return findings.stream().map(f -> List.<Object>of(String.valueOf(f.code()), String.valueOf(f.severity()),
                    String.valueOf(f.path()))).toList();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Making inputs
    // ------------------------------------------------------------------------------------------

    /** A starting point: a sample as written, and as a tree. */
    record Sample(String file, QuestionnaireFormat format, String text, JsonNode tree) {
    }

    /** Everything random about one input comes from one {@link Random}, seeded from (seed, index). */
    private static final class Mutator {

        private static final ObjectMapper JSON = JsonMapper.builder().build();
        private static final ObjectMapper JSON_PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        private static final YAMLMapper YAML = YAMLMapper.builder().build();
        private static final YAMLMapper YAML_PLAIN = YAMLMapper.builder()
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .build();
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        private static final List<String> ENUM_KEYS = List.of("kind", "hosting", "trains_on_inputs", "locale", "schema");
        private static final List<String> REFERENCE_KEYS = List.of("use", "roles", "tools", "data");
        private static final List<String> BOOLEAN_KEYS = List.of("contract", "ce_marked", "human_validation", "trains_on_inputs");
        private static final List<String> DATE_KEYS = List.of("effective_date", "review_date");
        private static final List<String> DECLARED_LISTS = List.of("roles", "tools", "data", "uses");
        private static final List<String> KNOWN_CODES = List.of("medical", "care", "administrative", "management",
                "technical", "student", "public", "enterprise", "institutional", "medical_device", "on_premise", "hds",
                "eu", "outside_eu", "unknown", "health_identifying", "health_pseudonymised", "anonymised", "personal",
                "internal", "drafting", "summarising", "translation", "clinical_documentation", "decision_support",
                "patient_communication", "coding", "training", "research", "other", "fr", "en", "true", "false",
                "charte-ia/1");

        static final List<String> INJECTIONS = List.of("{x}", "{0}", "{}", "{", "}", "{tool}", "{d0}", "{where}",
                "{Q-SCHEMA.blank}", "{Consistency.message}", "${1+1}", "${7*191}", "#{7*191}", "$\\{7*191}",
                "${validatedValue}", "%s", "%n", "%1$s", "%d", "\\", "\\n", "\\u0041", "<script>alert(1)</script>",
                "# x", "| x", "> x", "- x", "? x", ": x", "&a", "*a", "*", "!!java.lang.Runtime", "'", "\"", "`id`",
                "../../etc/passwd", "", " ", "\t", "null", "~", "true", "0x1F", ".inf", "2027-01-04",
                "dpo@ch-valmont.fr", "someone@example.org", "06 12 34 56 78", "+33 6 12 34 56 78",
                "1 85 05 78 006 084 36", "Mme Dupont née le 12/03/1950", "Jean DUPONT 01/02/1960",
                "line one\nline two", "charte-ia/1\n", "a\u2028b", "x\r\ny");

        static final List<String> UNICODE = List.of("😀", "👩‍⚕️", "\u202Eevil\u202C", "שלום", "مرحبا",
                "e\u0301\u0301\u0301\u0301", "\u0000", "\uFFFF", "\uFFFE", "\uFEFF", "\u2028", "\u2029", "\u0085",
                "\u000B", "\r\n", "\r", "\u200B", "\uD83D", "\uDE00", "𝕳𝖊𝖑𝖑𝖔", "Ω≈ç√∫", "ﷺ", "\u0007", "\u001B[31m");

        static final List<String> RAW_TOKENS = List.of(":", ": ", ":\n", "\"", "'", "&a ", "*a", "&a [1, 2]\nx: *a\n",
                "\n---\n", "---\n", "...\n", "!!java.lang.Runtime ", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]] ",
                "!!binary ", "!!str ", "!!map ", "!!seq ", "!<tag:yaml.org,2002:int> ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n",
                "- ", "[", "]", "{", "}", ",", "#", "|", ">", "? ", "<<: *a\n", "\t", "  ", "\n", "\\", "%", "@", "`",
                "{x}", "${1+1}", "<script>", "# x", "| x");

        static Input mutatedSample(long seed, int index) {
            Random random = new Random(seed * 100_000L + index);
            Sample sample = samples.get(random.nextInt(samples.size()));
            List<String> recipe = new ArrayList<>();
            recipe.add("from " + sample.file());
            QuestionnaireFormat format = sample.format();
            String text;
            int plan = random.nextInt(10);
            if (plan < 7) {
                JsonNode tree = sample.tree().deepCopy();
                int count = 1 + random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    tree = mutateTree(random, tree, recipe);
                }
                format = random.nextInt(3) == 0 ? QuestionnaireFormat.JSON : QuestionnaireFormat.YAML;
                text = write(random, tree, format, recipe);
            } else {
                text = sample.text();
                recipe.add("raw text");
            }
            if (plan >= 5) {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    text = mutateText(random, text, recipe);
                }
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(12) == 0) {
                bytes = mutateBytes(random, text, bytes, recipe);
            }
            if (random.nextInt(25) == 0) {
                format = format == QuestionnaireFormat.YAML ? QuestionnaireFormat.JSON : QuestionnaireFormat.YAML;
                recipe.add("read as " + format);
            }
            return new Input(seed, index, format, bytes, String.join("; ", recipe));
        }

        static Input randomBytes(long seed, int index) {
            Random random = new Random(seed * 100_000L + 50_000L + index);
            int length = random.nextInt(5) == 0 ? random.nextInt(8) : random.nextInt(3000);
            QuestionnaireFormat format = random.nextBoolean() ? QuestionnaireFormat.YAML : QuestionnaireFormat.JSON;
            byte[] bytes;
            String recipe;
            switch (random.nextInt(4)) {
                case 0 -> {
                    bytes = new byte[length];
                    random.nextBytes(bytes);
                    recipe = "random bytes";
                }
                case 1 -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < length; i++) {
                        int c = random.nextInt(100);
                        out.append(c < 95 ? (char) (' ' + c) : c < 98 ? '\n' : '\t');
                    }
                    bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                    recipe = "random printable ASCII";
                }
                case 2 -> {
                    StringBuilder out = new StringBuilder();
                    while (out.length() < length) {
                        out.appendCodePoint(randomCodePoint(random));
                    }
                    bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                    recipe = "random code points";
                }
                default -> {
                    bytes = tokenSoup(random, length).getBytes(StandardCharsets.UTF_8);
                    recipe = "random YAML/JSON tokens";
                }
            }
            if (random.nextInt(10) == 0) {
                bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                recipe += " after a BOM";
            }
            return new Input(seed, index, format, bytes, recipe);
        }

        private static int randomCodePoint(Random random) {
            return switch (random.nextInt(6)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                case 2 -> {
                    int cp = 0x800 + random.nextInt(0x10000 - 0x800);
                    yield cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp;
                }
                case 3 -> 0x10000 + random.nextInt(0x110000 - 0x10000);
                case 4 -> " \n:-[]{}\"',#&*!|>".charAt(random.nextInt(17));
                default -> 'a' + random.nextInt(26);
            };
        }

        private static String tokenSoup(Random random, int length) {
            List<String> words = new ArrayList<>(RAW_TOKENS);
            words.addAll(KNOWN_CODES);
            words.addAll(List.of("schema", "organisation", "contacts", "dpo", "name", "email", "tools", "roles", "data",
                    "uses", "authorised", "forbidden", "id", "kind", "hosting", "null", "0", "-1", "1e999", "2027-01-04"));
            StringBuilder out = new StringBuilder(random.nextBoolean() ? "schema: charte-ia/1\n" : "");
            while (out.length() < length) {
                out.append(words.get(random.nextInt(words.size())));
                if (random.nextInt(4) == 0) {
                    out.append(random.nextBoolean() ? "\n" : " ").append(" ".repeat(random.nextInt(6)));
                }
            }
            return out.toString();
        }

        // -- tree mutations ----------------------------------------------------------------------

        private static <T> T pick(Random random, List<T> items) {
            return items.get(random.nextInt(items.size()));
        }

        private static JsonNode mutateTree(Random random, JsonNode root, List<String> recipe) {
            List<TreeSlot> all = TreeSlot.all(root);
            if (all.isEmpty()) {
                recipe.add("empty tree");
                return root;
            }
            int operation = random.nextInt(16);
            switch (operation) {
                case 0 -> {
                    TreeSlot slot = pickWhere(random, all, TreeSlot::inObject, all);
                    slot.remove();
                    recipe.add("delete " + slot.path());
                }
                case 1 -> renameKey(random, all, recipe);
                case 2, 3 -> {
                    TreeSlot slot = pick(random, all);
                    JsonNode replacement = randomValue(random, slot.value());
                    slot.set(replacement);
                    recipe.add("retype " + slot.path() + " to " + brief(replacement));
                }
                case 4, 5 -> {
                    TreeSlot slot = pickWhere(random, all, s -> s.inObject() && ENUM_KEYS.contains(s.key()), all);
                    JsonNode replacement = randomEnumValue(random);
                    slot.set(replacement);
                    recipe.add("enum " + slot.path() + " = " + brief(replacement));
                }
                case 6, 7 -> setReference(random, root, all, recipe);
                case 8 -> listItem(random, all, recipe);
                case 9 -> {
                    TreeSlot slot = pickWhere(random, all, s -> s.inObject() && DATE_KEYS.contains(s.key()), all);
                    String date = randomDate(random);
                    slot.set(NODES.textNode(date));
                    recipe.add("date " + slot.path() + " = " + date);
                }
                case 10 -> {
                    boolean anId = random.nextInt(3) == 0;
                    TreeSlot slot = pickWhere(random, all, s -> s.value().isTextual() && (!anId || "id".equals(s.key())), all);
                    String injection = pick(random, INJECTIONS);
                    String text = random.nextBoolean() ? injection : slot.value().asText() + " " + injection;
                    slot.set(NODES.textNode(text));
                    recipe.add("inject " + escape(injection) + " into " + slot.path());
                }
                case 11 -> {
                    TreeSlot slot = pickWhere(random, all, s -> s.value().isTextual(), all);
                    String text = random.nextInt(3) == 0 ? longString(random) : unicodeText(random, slot.value().asText());
                    slot.set(NODES.textNode(text));
                    recipe.add("text " + slot.path() + " = " + brief(NODES.textNode(text)));
                }
                case 12 -> duplicateId(random, root, recipe);
                case 13 -> {
                    TreeSlot slot = pickWhere(random, all, s -> s.inObject() && BOOLEAN_KEYS.contains(s.key()), all);
                    JsonNode replacement = pick(random, List.of(NODES.textNode("yes"), NODES.textNode("oui"),
                            NODES.textNode("true"), NODES.textNode("False"), NODES.numberNode(1), NODES.numberNode(0),
                            NODES.nullNode(), NODES.booleanNode(random.nextBoolean()), NODES.textNode("")));
                    slot.set(replacement);
                    recipe.add("boolean " + slot.path() + " = " + brief(replacement));
                }
                case 14 -> {
                    TreeSlot slot = pick(random, all);
                    int depth = 25 + random.nextInt(15);
                    JsonNode nested = slot.value().deepCopy();
                    for (int i = 0; i < depth; i++) {
                        nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("k", nested);
                    }
                    slot.set(nested);
                    recipe.add("nest " + slot.path() + " " + depth + " deep");
                }
                default -> {
                    TreeSlot slot = pickWhere(random, all, s -> s.value().isObject(), all);
                    ObjectNode target = slot.value().isObject() ? (ObjectNode) slot.value() : (ObjectNode) root;
                    String key = random.nextBoolean() ? typo(random, pick(random, KNOWN_KEYS)) : randomWord(random);
                    target.set(key, randomValue(random, NODES.textNode("x")));
                    recipe.add("add key " + escape(key) + " under " + slot.path());
                }
            }
            return root;
        }

        private static final List<String> KNOWN_KEYS = List.of("schema", "locale", "organisation", "name", "logo",
                "contacts", "dpo", "security_officer", "ai_referent", "email", "phone", "service", "unit", "manager",
                "title", "document", "reference", "version", "effective_date", "review_date", "written_by",
                "reviewed_by", "approved_by", "distribution", "roles", "tools", "data", "uses", "authorised",
                "forbidden", "practices", "incident", "procedure", "training", "audience", "date", "id", "label", "kind",
                "hosting", "contract", "trains_on_inputs", "ce_marked", "examples", "description", "use",
                "human_validation", "conditions", "reason", "statement");

        private static TreeSlot pickWhere(Random random, List<TreeSlot> all, java.util.function.Predicate<TreeSlot> wanted,
                List<TreeSlot> fallback) {
            List<TreeSlot> matching = all.stream().filter(wanted).toList();
            return pick(random, matching.isEmpty() ? fallback : matching);
        }

        private static void renameKey(Random random, List<TreeSlot> all, List<String> recipe) {
            TreeSlot slot = pickWhere(random, all, TreeSlot::inObject, all);
            if (!(slot.parent() instanceof ObjectNode object)) {
                slot.remove();
                recipe.add("delete " + slot.path());
                return;
            }
            String renamed = typo(random, slot.key());
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            object.fields().forEachRemaining(e -> fields.put(e.getKey().equals(slot.key()) ? renamed : e.getKey(), e.getValue()));
            object.removeAll();
            fields.forEach(object::set);
            recipe.add("rename " + slot.path() + " to " + escape(renamed));
        }

        static String typo(Random random, String key) {
            if (key.isEmpty()) {
                return "x";
            }
            int at = random.nextInt(key.length());
            return switch (random.nextInt(8)) {
                case 0 -> key.substring(0, at) + key.substring(at + 1);
                case 1 -> key.substring(0, at) + key.charAt(at) + key.substring(at);
                case 2 -> at + 1 < key.length()
                        ? key.substring(0, at) + key.charAt(at + 1) + key.charAt(at) + key.substring(at + 2) : key + "s";
                case 3 -> key.toUpperCase(Locale.ROOT);
                case 4 -> key.replace('_', '-');
                case 5 -> key + " ";
                case 6 -> key.substring(0, at) + (char) ('a' + random.nextInt(26)) + key.substring(at + 1);
                default -> camel(key);
            };
        }

        private static String camel(String key) {
            StringBuilder out = new StringBuilder();
            boolean upper = false;
            for (char c : key.toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    out.append(upper ? Character.toUpperCase(c) : c);
                    upper = false;
                }
            }
            return out.toString().equals(key) ? key + "_" : out.toString();
        }

        private static JsonNode randomValue(Random random, JsonNode old) {
            return switch (random.nextInt(12)) {
                case 0 -> NODES.objectNode().put(randomWord(random), randomWord(random));
                case 1 -> NODES.objectNode();
                case 2 -> NODES.arrayNode().add(old.deepCopy());
                case 3 -> NODES.arrayNode();
                case 4 -> NODES.textNode(old.isValueNode() ? old.asText() : randomWord(random));
                case 5 -> NODES.textNode(randomWord(random));
                case 6 -> NODES.numberNode(random.nextInt(2000) - 1000);
                case 7 -> NODES.numberNode(random.nextDouble() * 1e6);
                case 8 -> NODES.booleanNode(random.nextBoolean());
                case 9 -> NODES.nullNode();
                case 10 -> NODES.textNode("");
                default -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999999"));
            };
        }

        private static JsonNode randomEnumValue(Random random) {
            return switch (random.nextInt(8)) {
                case 0, 1 -> NODES.textNode(pick(random, KNOWN_CODES));
                case 2 -> NODES.textNode(pick(random, KNOWN_CODES).toUpperCase(Locale.ROOT));
                case 3 -> NODES.textNode(" " + pick(random, KNOWN_CODES));
                case 4 -> NODES.textNode(randomWord(random));
                case 5 -> NODES.textNode(pick(random, INJECTIONS));
                case 6 -> NODES.numberNode(random.nextInt(10));
                default -> NODES.booleanNode(random.nextBoolean());
            };
        }

        private static void setReference(Random random, JsonNode root, List<TreeSlot> all, List<String> recipe) {
            List<TreeSlot> references = all.stream().filter(s -> s.path().startsWith("authorised[")
                    || s.path().startsWith("forbidden[")).filter(s -> s.inObject() ? REFERENCE_KEYS.contains(s.key())
                    : s.parent() instanceof ArrayNode && REFERENCE_KEYS.stream().anyMatch(k -> s.path().matches(".*\\." + k + "\\[\\d+]")))
                    .toList();
            if (references.isEmpty()) {
                recipe.add("no reference to change");
                return;
            }
            TreeSlot slot = pick(random, references);
            JsonNode id = randomReference(random, root);
            if (slot.value().isArray() && random.nextBoolean()) {
                ((ArrayNode) slot.value()).add(id);
                recipe.add("add reference " + brief(id) + " to " + slot.path());
            } else {
                slot.set(slot.inObject() && !slot.key().equals("use") && random.nextBoolean() ? NODES.arrayNode().add(id) : id);
                recipe.add("reference " + slot.path() + " = " + brief(id));
            }
        }

        private static JsonNode randomReference(Random random, JsonNode root) {
            return switch (random.nextInt(8)) {
                case 0, 1 -> NODES.textNode("*");
                case 2, 3 -> {
                    JsonNode list = root.path(pick(random, DECLARED_LISTS));
                    JsonNode item = list.isArray() && !list.isEmpty() ? list.get(random.nextInt(list.size())) : null;
                    yield item != null && item.path("id").isTextual() ? item.get("id") : NODES.textNode(randomWord(random));
                }
                case 4 -> NODES.textNode(randomWord(random));
                case 5 -> NODES.textNode(pick(random, List.of("", " ", "**", "* ", "Tools", "ÉTUDIANT", "a b", "-x")));
                case 6 -> NODES.nullNode();
                default -> NODES.textNode(pick(random, INJECTIONS));
            };
        }

        private static void listItem(Random random, List<TreeSlot> all, List<String> recipe) {
            List<TreeSlot> lists = all.stream().filter(s -> s.value().isArray()).toList();
            if (lists.isEmpty()) {
                recipe.add("no list");
                return;
            }
            TreeSlot slot = pick(random, lists);
            ArrayNode array = (ArrayNode) slot.value();
            int at = array.isEmpty() ? 0 : random.nextInt(array.size());
            switch (random.nextInt(5)) {
                case 0 -> {
                    if (!array.isEmpty()) {
                        array.insert(at, array.get(at).deepCopy());
                    }
                    recipe.add("duplicate " + slot.path() + "[" + at + "]");
                }
                case 1 -> {
                    array.insertNull(at);
                    recipe.add("null item " + slot.path() + "[" + at + "]");
                }
                case 2 -> {
                    if (!array.isEmpty()) {
                        array.remove(at);
                    }
                    recipe.add("remove " + slot.path() + "[" + at + "]");
                }
                case 3 -> {
                    array.removeAll();
                    recipe.add("empty " + slot.path());
                }
                default -> {
                    List<JsonNode> items = new ArrayList<>();
                    array.forEach(items::add);
                    java.util.Collections.shuffle(items, random);
                    array.removeAll();
                    items.forEach(array::add);
                    recipe.add("shuffle " + slot.path());
                }
            }
        }

        private static void duplicateId(Random random, JsonNode root, List<String> recipe) {
            String list = pick(random, DECLARED_LISTS);
            JsonNode items = root.path(list);
            if (!items.isArray() || items.size() < 2 || !items.get(0).isObject() || !items.get(1).isObject()) {
                recipe.add("no " + list + " to duplicate an id in");
                return;
            }
            int later = 1 + random.nextInt(items.size() - 1);
            if (items.get(later).isObject()) {
                ((ObjectNode) items.get(later)).set("id", items.get(0).path("id").deepCopy());
                recipe.add("id of " + list + "[" + later + "] = id of " + list + "[0]");
            }
        }

        static String randomDate(Random random) {
            return switch (random.nextInt(14)) {
                case 0, 1, 2 -> LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000)).toString();
                case 3 -> LocalDate.of(1 + random.nextInt(9998), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
                case 4 -> "2027-02-30";
                case 5 -> "2027-13-01";
                case 6 -> "2027-1-4";
                case 7 -> "04/01/2027";
                case 8 -> "2027-01-04T10:00:00Z";
                case 9 -> pick(random, List.of("+999999999-12-31", "-999999999-01-01", "9999-12-31", "+10000-01-01"));
                case 10 -> "0000-00-00";
                case 11 -> "";
                case 12 -> "mars 2027";
                default -> String.valueOf(random.nextInt());
            };
        }

        /**
         * Up to 250,000 characters, but a single word of {@code \w} characters stays under 8,000: the
         * P-PERSONAL-TEXT email pattern is quadratic on one (see {@code aLongWordInAFreeTextFieldIsCheckedInLinearTime}).
         */
        private static String longString(Random random) {
            if (random.nextInt(4) == 0) {
                return "a".repeat(1_000 + random.nextInt(7_000));
            }
            int length = random.nextInt(10) == 0 ? 100_000 + random.nextInt(150_000) : 1_000 + random.nextInt(30_000);
            String unit = pick(random, List.of("é", "😀", "ab ", "06 12 34 56 78 ", "{x}", "x@y.fr ", "Ω "));
            return unit.repeat(length / unit.length() + 1);
        }

        private static String unicodeText(Random random, String old) {
            StringBuilder out = new StringBuilder(random.nextBoolean() ? old : "");
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                out.insert(random.nextInt(out.length() + 1), pick(random, UNICODE));
            }
            return out.toString();
        }

        static String randomWord(Random random) {
            String alphabet = "abcdefghijklmnopqrstuvwxyz_-0123456789ABCZéÉ ";
            int length = 1 + random.nextInt(14);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.toString();
        }

        private static String write(Random random, JsonNode tree, QuestionnaireFormat format, List<String> recipe) {
            try {
                if (format == QuestionnaireFormat.JSON) {
                    return (random.nextBoolean() ? JSON_PRETTY : JSON).writeValueAsString(tree);
                }
                return (random.nextBoolean() ? YAML : YAML_PLAIN).writeValueAsString(tree);
            } catch (Exception e) {
                recipe.add("writer refused (" + e.getClass().getSimpleName() + "), JSON used");
                try {
                    return JSON.writeValueAsString(tree);
                } catch (Exception again) {
                    return tree.toString();
                }
            }
        }

        // -- text and byte mutations -------------------------------------------------------------

        private static String mutateText(Random random, String text, List<String> recipe) {
            List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
            int line = random.nextInt(lines.size());
            switch (random.nextInt(10)) {
                case 0 -> {
                    lines.remove(line);
                    recipe.add("delete line " + (line + 1));
                }
                case 1 -> {
                    lines.add(line, lines.get(line));
                    recipe.add("duplicate line " + (line + 1));
                }
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    String kept = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, kept);
                    recipe.add("swap lines " + (line + 1) + " and " + (other + 1));
                }
                case 3 -> {
                    String current = lines.get(line);
                    int at = random.nextBoolean() ? 0 : random.nextInt(current.length() + 1);
                    lines.set(line, current.substring(0, at) + "\t" + current.substring(at));
                    recipe.add("tab in line " + (line + 1));
                }
                case 4, 5, 6 -> {
                    String current = lines.get(line);
                    int at = random.nextInt(current.length() + 1);
                    String token = pick(random, RAW_TOKENS);
                    lines.set(line, current.substring(0, at) + token + current.substring(at));
                    recipe.add("insert " + escape(token) + " in line " + (line + 1));
                }
                case 7 -> {
                    String current = lines.get(line);
                    int at = random.nextInt(current.length() + 1);
                    String token = random.nextBoolean() ? pick(random, UNICODE) : longString(random);
                    lines.set(line, current.substring(0, at) + token + current.substring(at));
                    recipe.add("insert " + brief(NODES.textNode(token)) + " in line " + (line + 1));
                }
                case 8 -> {
                    int cut = random.nextInt(text.length() + 1);
                    recipe.add("truncate at " + cut);
                    return text.substring(0, cut);
                }
                default -> {
                    recipe.add("BOM in front");
                    return "\uFEFF" + (random.nextBoolean() ? "" : "\uFEFF") + text;
                }
            }
            return String.join("\n", lines);
        }

        private static byte[] mutateBytes(Random random, String text, byte[] bytes, List<String> recipe) {
            switch (random.nextInt(6)) {
                case 0 -> {
                    recipe.add("Latin-1");
                    return text.getBytes(StandardCharsets.ISO_8859_1);
                }
                case 1 -> {
                    int at = random.nextInt(text.length() + 1);
                    recipe.add("Latin-1 from char " + at);
                    return concat(text.substring(0, at).getBytes(StandardCharsets.UTF_8),
                            text.substring(at).getBytes(StandardCharsets.ISO_8859_1));
                }
                case 2 -> {
                    recipe.add("UTF-16 with BOM");
                    return text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
                }
                case 3 -> {
                    recipe.add("UTF-8 BOM bytes");
                    return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
                }
                case 4 -> {
                    byte[] copy = bytes.clone();
                    int flips = 1 + random.nextInt(5);
                    for (int i = 0; i < flips && copy.length > 0; i++) {
                        copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                    }
                    recipe.add(flips + " random bytes");
                    return copy;
                }
                default -> {
                    recipe.add("padded past " + QuestionnaireLoader.MAX_BYTES + " bytes");
                    byte[] padding = ("\n# " + "x".repeat(1000)).repeat(QuestionnaireLoader.MAX_BYTES / 1000 + 1)
                            .getBytes(StandardCharsets.UTF_8);
                    return concat(bytes, padding);
                }
            }
        }

        private static byte[] concat(byte[] first, byte[] second) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(first.length + second.length);
            out.writeBytes(first);
            out.writeBytes(second);
            return out.toByteArray();
        }

        private static String brief(JsonNode node) {
            return escape(shorten(node.isTextual() ? "\"" + node.asText() + "\"" : node.toString(), 40));
        }
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    private static List<Sample> readSamples() throws IOException {
        ObjectMapper yaml = new YAMLMapper();
        ObjectMapper json = new ObjectMapper();
        List<Sample> found = new ArrayList<>();
        for (Path folder : List.of(Path.of("samples"), Path.of("samples", "invalid"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    boolean isYaml = name.endsWith(".yaml") || name.endsWith(".yml");
                    if (!isYaml && !name.endsWith(".json")) {
                        continue;
                    }
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    JsonNode tree = (isYaml ? yaml : json).readTree(text);
                    found.add(new Sample(file.toString(),
                            isYaml ? QuestionnaireFormat.YAML : QuestionnaireFormat.JSON, text, tree));
                }
            }
        }
        assertThat(found).as("samples to mutate").hasSizeGreaterThanOrEqualTo(20);
        return List.copyOf(found);
    }

    /** {@code {tool}}, {@code ${validatedValue}}, {@code {Q-SCHEMA.required}}: what an unfilled template would show. */
    private static Set<String> ourPlaceholders() throws IOException {
        Set<String> found = new TreeSet<>();
        Pattern placeholder = Pattern.compile("\\$?\\{[A-Za-z][A-Za-z0-9.-]*}");
        for (String bundle : List.of("/ValidationMessages_fr.properties", "/ValidationMessages_en.properties")) {
            Properties properties = new Properties();
            try (InputStream in = GenerativeQuestionnaireIT.class.getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : properties.stringPropertyNames()) {
                found.add("{" + key + "}");
                Matcher m = placeholder.matcher(properties.getProperty(key));
                while (m.find()) {
                    found.add(m.group());
                }
            }
        }
        assertThat(found).contains("{tool}", "{d0}", "{where}", "${validatedValue}", "{Q-SCHEMA.required}");
        return Set.copyOf(found);
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, cut) + "…[" + text.length() + " chars]";
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String text = out.toString();
        return text.length() > 3000 ? text.substring(0, 3000) + "…" : text;
    }

    /** Control and invisible characters made visible, so a failure message can be read and copied. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp < 0x20 || cp >= 0x7F && cp < 0xA0 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF
                    || cp >= 0xFFF0 && cp <= 0xFFFF || cp >= 0xD800 && cp <= 0xDFFF || cp == 0x202E || cp == 0x202C) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
