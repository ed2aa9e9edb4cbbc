package fr.charteia.batch;

import fr.charteia.load.QuestionnaireKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The questionnaires of a folder tree, establishment baselines first, then departments in path
 * order (name by name, the same on every machine). Hidden folders and files, JSON schemas and the
 * output folder are left out; symbolic links are never followed, so nothing outside the tree is read.
 */
public final class BatchFiles {

    /** The beginning of a file is enough to find its {@code schema} line. */
    private static final int SNIFFED_BYTES = 16 * 1024;

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

    private BatchFiles() {
    }

    /** A folder of the tree that cannot be listed: its questionnaires would be missed without a word. */
    public static final class FolderNotListed extends RuntimeException {
        private final transient Path folder;

        FolderNotListed(Path folder) {
            super(folder.toString(), null, false, false);
            this.folder = folder;
        }

        public Path folder() {
            return folder;
        }
    }

    /**
     * The questionnaires under {@code folder}, relative to it, establishments first.
     *
     * @param out the output folder, skipped when it lies inside {@code folder}
     * @throws FolderNotListed when a folder of the tree cannot be entered
     */
    public static List<Path> find(Path folder, Path out) {
        Optional<Path> skipped = real(out);
        List<Path> establishments = new ArrayList<>();
        List<Path> departments = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    boolean hidden = !dir.equals(folder) && dir.getFileName().toString().startsWith(".");
                    boolean output = !dir.equals(folder) && skipped.isPresent() && skipped.equals(real(dir));
                    return hidden || output ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    // a symbolic link shows here as a link, not as what it points to: left out
                    if (attributes.isRegularFile() && isQuestionnaireName(file.getFileName().toString())) {
                        Path relative = folder.relativize(file);
                        (isEstablishment(file) ? establishments : departments).add(relative);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof AccessDeniedException && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        throw new FolderNotListed(file);
                    }
                    if (isQuestionnaireName(file.getFileName().toString())) {
                        departments.add(folder.relativize(file)); // its report says why it cannot be read
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (AccessDeniedException e) {
            throw new FolderNotListed(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        establishments.sort(PATH_ORDER);
        departments.sort(PATH_ORDER);
        List<Path> all = new ArrayList<>(establishments);
        all.addAll(departments);
        return all;
    }

    static boolean isQuestionnaireName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !lower.endsWith(".schema.json")
                && (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"));
    }

    /** Sniffed from the first bytes; a file that cannot be read is left with the departments, which report it. */
    private static boolean isEstablishment(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return QuestionnaireKind.of(in.readNBytes(SNIFFED_BYTES)) == QuestionnaireKind.ESTABLISHMENT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static Optional<Path> real(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
