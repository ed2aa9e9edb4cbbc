package fr.charteia.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The questionnaires named on the command line: a file stays as given (the loader reports it if
 * it is missing or of another kind); a folder gives every {@code .yaml}, {@code .yml} and
 * {@code .json} under it, hidden folders and files and JSON schemas ({@code *.schema.json}) left
 * out, in the order of their paths compared name by name (the same on every machine and locale).
 */
final class QuestionnaireFiles {

    /** Name by name, each compared by its characters: {@code a/b.yaml} before {@code a-b/c.yaml}. */
    static final Comparator<Path> PATH_ORDER = (a, b) -> {
        int common = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < common; i++) {
            int names = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (names != 0) {
                return names;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    };

    private QuestionnaireFiles() {
    }

    /** Every questionnaire to read, or the first folder that holds none. */
    static Expansion expand(List<Path> arguments) {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                List<Path> found = under(argument);
                if (found.isEmpty()) {
                    return new Expansion(List.of(), Optional.of(argument));
                }
                files.addAll(found);
            } else {
                files.add(argument);
            }
        }
        return new Expansion(files, Optional.empty());
    }

    /** The questionnaires found, or the folder that held none. */
    record Expansion(List<Path> files, Optional<Path> emptyFolder) {
    }

    /** The files to read; a folder without any questionnaire is a mistake of the command line (exit 2). */
    static List<Path> expandOrRefuse(List<Path> arguments, CommandSpec spec, Locale language) {
        // an empty name is the current folder to Java: "" would silently read every questionnaire below it
        if (arguments.stream().anyMatch(argument -> argument.toString().isEmpty())) {
            throw new UsageMistake(spec.commandLine(), Texts.of(language).get("usage.emptyFileName"));
        }
        Expansion expansion;
        try {
            expansion = expand(arguments);
        } catch (FolderNotWalked e) {
            throw new UsageMistake(spec.commandLine(), Texts.of(language).get("usage.folderNoAccess", e.folder));
        }
        if (expansion.emptyFolder().isPresent()) {
            throw new UsageMistake(spec.commandLine(), Texts.of(language).get("usage.emptyFolder", expansion.emptyFolder().get()));
        }
        return expansion.files();
    }

    static boolean isQuestionnaireName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".schema.json")
                && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
    }

    private static List<Path> under(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isQuestionnaireName(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof AccessDeniedException && Files.isDirectory(file)) {
                        // skipping it would leave its questionnaires out of the report without a word
                        throw new FolderNotWalked(file);
                    }
                    // an unreadable entry is named in the report by the loader, like a missing file
                    if (isQuestionnaireName(file.getFileName().toString())) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (AccessDeniedException e) {
            throw new FolderNotWalked(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(PATH_ORDER);
        return found;
    }

    /** A folder the user may not enter or list. */
    static final class FolderNotWalked extends RuntimeException {
        final transient Path folder;

        FolderNotWalked(Path folder) {
            super(folder.toString(), null, false, false);
            this.folder = folder;
        }
    }
}
