package fr.charteia;

import fr.charteia.load.LoadFailure;
import fr.charteia.load.LoadedQuestionnaire;
import fr.charteia.load.QuestionnaireKind;
import fr.charteia.load.QuestionnaireLoader;
import fr.charteia.load.UnreadableQuestionnaireException;
import fr.charteia.model.Establishment;
import fr.charteia.validation.QuestionnaireValidator;
import fr.charteia.validation.baseline.UnusableBaseline.Cause;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Finds and reads the establishment baseline a department names, once per file: a batch of a
 * thousand departments sharing one baseline reads and validates it once. A baseline is read only
 * inside the folder tree the departments are given from, compared on real paths, so neither
 * {@code ../../} nor a symbolic link leads a questionnaire to read a file elsewhere on the disk.
 */
final class Baselines {

    /**
     * What became of a named baseline: the establishment and its folder (where its logo is read), or
     * the problem with what the message needs.
     */
    record Resolution(Optional<Establishment> establishment, Optional<Path> folder, String fileName,
            Optional<Cause> problem, String resolved, long errors, Optional<LoadFailure> failure) {

        static Resolution of(Cause problem, String resolved) {
            return new Resolution(Optional.empty(), Optional.empty(), "", Optional.of(problem), resolved, 0, Optional.empty());
        }
    }

    /** A baseline as read and checked, for as long as its file keeps its size and modification time. */
    private record Key(Path realPath, long size, long modified) {
    }

    private record Read(Optional<Establishment> establishment, QuestionnaireKind kind, long errors,
            Optional<LoadFailure> failure) {
    }

    private final QuestionnaireLoader loader = new QuestionnaireLoader();
    private final Supplier<QuestionnaireValidator> validator;
    private final Map<Key, Read> cache = new ConcurrentHashMap<>();

    Baselines(Supplier<QuestionnaireValidator> validator) {
        this.validator = validator;
    }

    /**
     * @param named the department's {@code baseline} value
     * @param folder the department file's folder, as the user named it
     * @param tree the folder tree the department is given from; the baseline must be inside it
     */
    Resolution resolve(String named, Path folder, Path tree) {
        Path relative;
        try {
            relative = Path.of(named);
        } catch (InvalidPathException e) {
            return Resolution.of(Cause.MISSING, named);
        }
        if (relative.isAbsolute() || named.startsWith("/") || named.startsWith("\\")) {
            return Resolution.of(Cause.ABSOLUTE, named);
        }
        Path treeAbsolute = tree.toAbsolutePath().normalize();
        Path file = folder.toAbsolutePath().normalize().resolve(relative).normalize();
        String shown = shown(folder.resolve(relative).normalize());
        if (!file.startsWith(treeAbsolute)) {
            return Resolution.of(Cause.OUTSIDE, shown);
        }
        if (!Files.exists(file)) {
            return Resolution.of(Cause.MISSING, shown);
        }
        Path real;
        BasicFileAttributes attributes;
        try {
            real = file.toRealPath();
            if (!real.startsWith(treeAbsolute.toRealPath())) {
                return Resolution.of(Cause.OUTSIDE, shown);
            }
            attributes = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Resolution.of(Cause.MISSING, shown);
        }
        Key key = new Key(real, attributes.size(), attributes.lastModifiedTime().toMillis());
        Read read = cache.computeIfAbsent(key, k -> read(k.realPath()));
        Path fileName = real.getFileName();
        String name = fileName == null ? shown : fileName.toString();
        if (read.failure().isPresent()) {
            return new Resolution(Optional.empty(), Optional.empty(), name, Optional.of(Cause.UNREADABLE), shown, 0,
                    read.failure());
        }
        if (read.kind() != QuestionnaireKind.ESTABLISHMENT) {
            return Resolution.of(Cause.NOT_ESTABLISHMENT, shown);
        }
        if (read.establishment().isEmpty()) {
            return new Resolution(Optional.empty(), Optional.empty(), name, Optional.of(Cause.INVALID), shown,
                    read.errors(), Optional.empty());
        }
        return new Resolution(read.establishment(), Optional.ofNullable(file.getParent()), name, Optional.empty(), shown, 0,
                Optional.empty());
    }

    private Read read(Path file) {
        try {
            LoadedQuestionnaire loaded = loader.load(file);
            if (loaded.kind() != QuestionnaireKind.ESTABLISHMENT) {
                return new Read(Optional.empty(), loaded.kind(), 0, Optional.empty());
            }
            long errors = validator.get().validate(loaded, Locale.FRENCH).stream().filter(f -> f.isError()).count();
            return new Read(errors == 0 ? loaded.establishment() : Optional.empty(), loaded.kind(), errors, Optional.empty());
        } catch (UnreadableQuestionnaireException e) {
            return new Read(Optional.empty(), QuestionnaireKind.ESTABLISHMENT, 0, Optional.of(e.failure()));
        }
    }

    /** A path as the user would type it: relative to the working directory when under it. */
    private static String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
