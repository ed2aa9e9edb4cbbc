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
