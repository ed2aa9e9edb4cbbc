package fr.charteia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import fr.charteia.TreeSlot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus's tricks, played on the samples through the whole command line: control
 * characters and characters documents cannot carry in every kind of field, huge lists, odd dates
 * and numbers, words without a break, odd file names. Whatever the input, {@code generate} ends
 * with an exit code of its own (never an internal error), prints no raw control character, and
 * leaves either the department's complete set of reopenable documents or nothing at all.
 *
 * <p>Each case is one seed ({@code new Random(seed)}), so a failure is replayed with
 * {@code mvn verify -Dit.test=HostileCorpusIT -Dcharteia.hostile.seed=17}. The count is fixed:
 * the test is bounded by construction (lists beyond the documented limits are refused up front).
 */
class HostileCorpusIT {

    private static final int SEEDS = 48;
    private static final String REPLAY_PROPERTY = "charteia.hostile.seed";

    /** What must never reach a terminal raw: C0 but tab and newline, DEL, C1, bidi overrides and isolates. */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

    /** What a stack trace or a system message would leave in the output. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|\\tat |java\\.|javax\\.|com\\.fasterxml|org\\.yaml|org\\.apache|No space left|Permission denied");

    private static final List<String> CONTROLS = List.of("\u001B[2J", "\u001B]52;c;aGFjaw==\u0007", "\u009B31m",
            "\u0007", "\u0000", "\u007F", "\u0085", "\u202Eevil\u202C", "a\rb", "\u0008\u0008", "\u001B[1A\u001B[K");

    /** Written as JSON escapes, since some of them cannot even be encoded in UTF-8. */
    private static final List<String> ODD_CHARACTER_ESCAPES = List.of("\\uD800", "\\uDFFF", "\\uFEFF", "\\uFFFE",
            "\\uFFFF", "\\uFDD0", "\\u0000", "\\u001B[2J");

    /** What a document may carry, and a terminal must still not obey (bidi controls are escaped there). */
    private static final List<String> UNUSUAL_BUT_LEGAL = List.of(" 😀👩‍⚕️", " e\u0301\u0301", "\u00A0%\u202F;",
            " \u202Eevil\u202C", " \u2067שלום\u2069", " مرحبا", " \u200Bzero\u200Dwidth", " 𝕳𝖊𝖑𝖑𝖔", "\tindenté");

    private static final List<JsonNode> ODD_DATES = List.of(TextNode.valueOf("0000-01-01"), TextNode.valueOf("-2027-02-01"),
            IntNode.valueOf(20270201), TextNode.valueOf("999999999-01-01"), TextNode.valueOf("2101-01-01"),
            TextNode.valueOf("1999-12-31"), TextNode.valueOf("2027-02-30"), TextNode.valueOf("2027-13-01"),
            TextNode.valueOf("+2027-01-01"), TextNode.valueOf("2027-01-01T00:00:00Z"));

    private static final List<String> ODD_SCALARS = List.of("2", "0", "-1", "1.5", "1e400", "-0", "0x10", "NaN",
            "\"yes\"", "\"\"", "[]", "{}", "null", "99999999999999999999999999");

    private static final List<String> ODD_FILE_NAMES = List.of("-tiret.yaml", "été à l'hôpital.yaml", "espace nom.yaml",
            "\u001B[2Jécran.yaml", "emoji-😀.yaml", "x".repeat(180) + ".yaml", "point..yaml", "'quote\".yaml",
            "nouvelle\nligne.yaml", "\u202Eoc.lmay.yaml");

    private static final Pattern FREE_TEXT = Pattern.compile(
            "(\\.(name|label|title|description|reason|unit|risk|reflex|situation|when)|(practices|conditions)\\[\\d+\\])$");

    private static final List<String> DECLARED_LISTS = List.of("roles", "tools", "data", "uses");

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = new YAMLMapper();

    /** Seeds whose mutant was generated: the corpus must not pass by refusing everything. */
    private static final AtomicInteger GENERATED = new AtomicInteger();
    private static final AtomicInteger RUN = new AtomicInteger();

    @TempDir
    Path dir;

    @AfterAll
    static void someMutantsStillGenerate() {
        if (RUN.get() == SEEDS) {
            assertThat(GENERATED.get()).as("seeds whose mutant was generated (" + GENERATED.get() + "), of " + SEEDS).isGreaterThanOrEqualTo(SEEDS / 8);
        }
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
    void generateEndsCleanlyWithACompleteSetOrNothing(long seed) throws IOException {
        Random random = new Random(seed);
        List<String> recipe = new ArrayList<>();
        Path sample = pickSample(random);
        recipe.add("from " + sample);
        ObjectNode tree = (ObjectNode) YAML.readTree(Files.readString(sample, StandardCharsets.UTF_8));
        List<String> escapes = new ArrayList<>();
        int tricks = 1 + random.nextInt(3);
        for (int i = 0; i < tricks; i++) {
            playATrick(random, tree, escapes, recipe);
        }
        String text = serialise(random, tree, escapes, recipe);
        String fileName = random.nextInt(3) == 0 ? ODD_FILE_NAMES.get(random.nextInt(ODD_FILE_NAMES.size()))
                : "questionnaire" + (recipe.contains("as JSON") ? ".json" : ".yaml");
        if (recipe.contains("as JSON")) {
            fileName = fileName.replaceAll("\\.yaml$", ".json");
        }
        recipe.add("file name " + visible(fileName));
        Path file = dir.resolve(fileName);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));

        CommandLineRun run = CommandLineRun.of("generate", "--out", out.toString(), "--format", "docx,pdf", "--",
                file.toString());

        String what = "seed " + seed + " (replay with -D" + REPLAY_PROPERTY + "=" + seed + "): " + String.join("; ", recipe)
                + "\nexit " + run.exitCode() + "\n" + visible(run.all());
        assertThat(run.exitCode()).as(what).isIn(ExitCodes.OK, ExitCodes.FINDINGS, ExitCodes.UNREADABLE_OR_USAGE);
        assertThat(firstMatch(RAW_CONTROL, run.all())).as("a raw control character printed: " + what).isEmpty();
        assertThat(firstMatch(TECHNICAL, run.err())).as("technical text printed: " + what).isEmpty();
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.sorted().toList();
        }
        RUN.incrementAndGet();
        if (run.exitCode() == ExitCodes.OK) {
            GENERATED.incrementAndGet();
            assertThat(written).as("a complete set: " + what).hasSize(4);
            for (Path document : written) {
                assertReopens(document, what);
            }
        } else {
            assertThat(written).as("nothing written after a refusal: " + what).isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Tricks
    // ------------------------------------------------------------------------------------------

    private static void playATrick(Random random, ObjectNode tree, List<String> escapes, List<String> recipe) {
        switch (random.nextInt(10)) {
            case 0 -> {
                String control = CONTROLS.get(random.nextInt(CONTROLS.size()));
                recipe.add("control " + visible(control) + " in " + appendToAText(random, tree, control));
            }
            case 1 -> {
                String control = CONTROLS.get(random.nextInt(CONTROLS.size()));
                ObjectNode object = randomObject(random, tree);
                object.put("clé" + control, "valeur");
                recipe.add("control " + visible(control) + " in a key");
            }
            case 2 -> {
                String control = CONTROLS.get(random.nextInt(CONTROLS.size()));
                recipe.add("control " + visible(control) + " in an id: " + renameAnId(random, tree, control));
            }
            case 3 -> {
                String escape = ODD_CHARACTER_ESCAPES.get(random.nextInt(ODD_CHARACTER_ESCAPES.size()));
                String token = "ODDCHAR" + escapes.size() + "X";
                escapes.add(escape);
                recipe.add("odd character " + escape + " in " + appendToAText(random, tree, token));
            }
            case 4 -> {
                String list = DECLARED_LISTS.get(random.nextInt(DECLARED_LISTS.size()));
                int size = List.of(40, 501, 2_500).get(random.nextInt(3));
                recipe.add(grow(tree, list, size));
            }
            case 5 -> {
                JsonNode date = ODD_DATES.get(random.nextInt(ODD_DATES.size()));
                String key = random.nextBoolean() ? "effective_date" : "review_date";
                ObjectNode document = tree.has("document") ? (ObjectNode) tree.get("document") : tree.putObject("document");
                document.set(key, date);
                recipe.add("document." + key + " = " + date);
            }
            case 6 -> {
                String scalar = ODD_SCALARS.get(random.nextInt(ODD_SCALARS.size()));
                recipe.add("odd scalar " + scalar + " in " + setABoolean(random, tree, scalar));
            }
            case 7, 8 -> {
                String legal = UNUSUAL_BUT_LEGAL.get(random.nextInt(UNUSUAL_BUT_LEGAL.size()));
                recipe.add("unusual text " + visible(legal) + " in " + appendToAFreeText(random, tree, legal));
            }
            default -> {
                String word = "Anticonstitutionnellement".repeat(random.nextBoolean() ? 36 : 400);
                recipe.add("a word of " + word.length() + " letters in " + appendToAFreeText(random, tree, " " + word));
            }
        }
    }

    /** Appends to a text value somewhere in the tree; returns its path. */
    private static String appendToAText(Random random, ObjectNode tree, String suffix) {
        List<TreeSlot> texts = TreeSlot.all(tree).stream().filter(s -> s.value().isTextual() && !s.path().equals("schema")).toList();
        TreeSlot slot = texts.get(random.nextInt(texts.size()));
        slot.set(TextNode.valueOf(slot.value().asText() + suffix));
        return slot.path();
    }

    /** Appends to a text a person writes in words (a name, a label, a condition), not to a code or an id. */
    private static String appendToAFreeText(Random random, ObjectNode tree, String suffix) {
        List<TreeSlot> texts = TreeSlot.all(tree).stream().filter(s -> s.value().isTextual() && FREE_TEXT.matcher(s.path()).find()).toList();
        TreeSlot slot = texts.get(random.nextInt(texts.size()));
        slot.set(TextNode.valueOf(slot.value().asText() + suffix));
        return slot.path();
    }

    private static ObjectNode randomObject(Random random, ObjectNode tree) {
        List<ObjectNode> objects = new ArrayList<>();
        objects.add(tree);
        TreeSlot.all(tree).stream().map(TreeSlot::value).filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast)
                .forEach(objects::add);
        return objects.get(random.nextInt(objects.size()));
    }

    /** Renames a declared id everywhere it appears, so that only the characters are at fault. */
    private static String renameAnId(Random random, ObjectNode tree, String control) {
        String list = DECLARED_LISTS.get(random.nextInt(DECLARED_LISTS.size()));
        JsonNode entries = tree.path(list);
        if (!entries.isArray() || entries.isEmpty() || !entries.get(0).has("id")) {
            return "nothing (no " + list + ")";
        }
        String id = entries.get(random.nextInt(entries.size())).get("id").asText();
        String renamed = id + control;
        for (TreeSlot slot : TreeSlot.all(tree)) {
            if (slot.value().isTextual() && slot.value().asText().equals(id)) {
                slot.set(TextNode.valueOf(renamed));
            }
        }
        return list + " " + id;
    }

    /** Repeats the first entry of a declared list under new ids up to {@code size} entries. */
    private static String grow(ObjectNode tree, String list, int size) {
        JsonNode entries = tree.path(list);
        if (!entries.isArray() || entries.isEmpty()) {
            return "nothing to grow in " + list;
        }
        ArrayNode array = (ArrayNode) entries;
        ObjectNode first = (ObjectNode) array.get(0);
        for (int i = array.size(); i < size; i++) {
            ObjectNode copy = first.deepCopy();
            copy.put("id", first.path("id").asText("x") + "-" + i);
            array.add(copy);
        }
        return list + " grown to " + size;
    }

    private static String setABoolean(Random random, ObjectNode tree, String scalar) {
        List<String> keys = List.of("contract", "ce_marked", "human_validation", "record", "patient_notice");
        List<TreeSlot> candidates = TreeSlot.all(tree).stream().filter(s -> s.key() != null && keys.contains(s.key())).toList();
        if (candidates.isEmpty()) {
            return "nothing (no boolean)";
        }
        TreeSlot slot = candidates.get(random.nextInt(candidates.size()));
        try {
            slot.set(JSON.readTree(scalar));
        } catch (IOException e) {
            slot.set(TextNode.valueOf(scalar));
        }
        return slot.path();
    }

    private static String serialise(Random random, ObjectNode tree, List<String> escapes, List<String> recipe)
            throws IOException {
        boolean json = !escapes.isEmpty() || random.nextInt(3) == 0;
        if (json) {
            recipe.add("as JSON");
        }
        String text = json ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : YAML.writeValueAsString(tree);
        for (int i = 0; i < escapes.size(); i++) {
            text = text.replace("ODDCHAR" + i + "X", escapes.get(i));
        }
        return text;
    }

    // ------------------------------------------------------------------------------------------
    // Checks and helpers
    // ------------------------------------------------------------------------------------------

    private static void assertReopens(Path document, String what) throws IOException {
        byte[] bytes = Files.readAllBytes(document);
        String name = document.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertThat(pdf.getNumberOfPages()).as(name + ": " + what).isPositive();
                assertThat(new PDFTextStripper().getText(pdf)).as(name + ": " + what).isNotBlank();
            }
        } else {
            assertThat(name).as(what).endsWith(".docx");
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
                    XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                assertThat(text.getText()).as(name + ": " + what).isNotBlank();
            }
        }
    }

    private static Path pickSample(Random random) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            List<Path> samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            return samples.get(random.nextInt(samples.size()));
        }
    }

    private static String firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return "";
        }
        int from = Math.max(0, matcher.start() - 60);
        return "U+" + String.format("%04X", (int) matcher.group().charAt(0)) + " after «"
                + visible(text.substring(from, matcher.start())) + "»";
    }

    /** Shows control characters as escapes in assertion messages, which end up in a terminal too. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n' || (c >= 0x20 && c < 0x7F) || (c > 0x9F && !Character.isISOControl(c) && c != 0xFEFF
                    && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069))) {
                out.appendCodePoint(c);
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.length() > 4000 ? out.substring(0, 4000) + "…" : out.toString();
    }
}
