package fr.charteia.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Many departments made from the samples: copies taken in turn, each with its service name suffixed
 * (" 01", " 02"…), so that every department writes files of its own name.
 */
final class Departments {

    private Departments() {
    }

    /** Writes {@code count} questionnaires into {@code folder}, made from the samples in {@code samples}. */
    static List<Path> write(Path samples, int count, Path folder) throws IOException {
        List<Path> originals;
        try (Stream<Path> files = Files.list(samples)) {
            originals = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        if (originals.isEmpty()) {
            throw new IllegalStateException("no sample questionnaire in " + samples);
        }
        Files.createDirectories(folder);
        int width = Integer.toString(count).length() < 2 ? 2 : Integer.toString(count).length();
        List<Path> written = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Path original = originals.get((i - 1) % originals.size());
            String number = String.format(Locale.ROOT, "%0" + width + "d", i);
            String text = Files.readString(original, StandardCharsets.UTF_8);
            String stem = original.getFileName().toString().replaceFirst("\\.yaml$", "");
            Path copy = folder.resolve(number + "-" + stem + ".yaml");
            Files.writeString(copy, withServiceSuffix(text, " " + number, original), StandardCharsets.UTF_8);
            written.add(copy);
        }
        return written;
    }

    /**
     * Writes {@code count} questionnaires into sub-folders of {@code folder} ({@code pole-01/}…, a
     * dozen departments each), as a quality team's tree would hold them: taken in turn from the samples,
     * one in ten given an error (a review date that is not after the effective date, G-DATES), one in
     * fifty cut short into a YAML syntax error. Returns them in the order written.
     */
    static List<Path> writeTree(Path samples, int count, Path folder) throws IOException {
        List<Path> flat = write(samples, count, folder.resolve(".flat"));
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Path source = flat.get(i);
            Path pole = folder.resolve(String.format(Locale.ROOT, "pole-%02d", i / 12 + 1));
            Files.createDirectories(pole);
            String text = Files.readString(source, StandardCharsets.UTF_8);
            int number = i + 1;
            if (number % 50 == 0) {
                text = text.substring(0, text.length() / 2) + "\n  - [ cut: short\n";
            } else if (number % 10 == 0) {
                text = withReviewOnEffectiveDate(text, source);
            }
            Path target = pole.resolve(source.getFileName());
            Files.writeString(target, text, StandardCharsets.UTF_8);
            Files.delete(source);
            written.add(target);
        }
        Files.delete(folder.resolve(".flat"));
        return written;
    }

    /** The review date set to the effective date: an error of the G-DATES rule. */
    static String withReviewOnEffectiveDate(String yaml, Path origin) {
        java.util.regex.Matcher effective = java.util.regex.Pattern.compile("(?m)^  effective_date: *(\\S+)").matcher(yaml);
        if (!effective.find()) {
            throw new IllegalStateException("no document: effective_date: in " + origin);
        }
        return yaml.replaceFirst("(?m)^  review_date: *\\S+", "  review_date: " + effective.group(1));
    }

    /** The text with {@code suffix} after the value of {@code service:} → {@code name:}. */
    static String withServiceSuffix(String yaml, String suffix, Path origin) {
        String[] lines = yaml.split("\n", -1);
        boolean inService = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.startsWith(" ") && !line.startsWith("#") && !line.isBlank()) {
                inService = line.startsWith("service:");
            } else if (inService && line.matches("\\s{2}name:\\s*\\S.*")) {
                lines[i] = suffixed(line, suffix);
                return String.join("\n", lines);
            }
        }
        throw new IllegalStateException("no service: name: in " + origin);
    }

    private static String suffixed(String line, String suffix) {
        String value = line.replaceFirst("\\s+#.*$", "").stripTrailing();
        char last = value.charAt(value.length() - 1);
        if (last == '"' || last == '\'') {
            return value.substring(0, value.length() - 1) + suffix + last;
        }
        return value + suffix;
    }
}
