package fr.charteia.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Why a path named by the user cannot be reached at all. « Introuvable » is only true of a missing
 * file: a loop of symbolic links or a folder the user may not enter asks for another fix, so the
 * messages say which.
 */
public enum PathTrouble {
    /** Nothing by that name (or a symbolic link to nothing). */
    MISSING,
    /** Symbolic links that lead back to themselves. */
    LINK_LOOP,
    /** A folder of the path that the user may not enter, or the file itself refused. */
    NO_ACCESS,
    /** Anything else the system refuses (a name too long, a failing disk). */
    UNREACHABLE;

    /** As many links as Linux follows before it gives up with ELOOP. */
    private static final int MAX_LINKS = 40;

    /** The trouble reaching {@code file}, or empty when its attributes can be read: it exists. */
    public static Optional<PathTrouble> of(Path file) {
        try {
            Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(of(file, e));
        }
    }

    /** The trouble behind {@code failure}, an exception met while reaching {@code file}. */
    public static PathTrouble of(Path file, IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return NO_ACCESS;
        }
        if (failure instanceof NoSuchFileException) {
            return MISSING;
        }
        // the system's own words for ELOOP differ between systems and JDKs: follow the links ourselves
        return loops(file) ? LINK_LOOP : UNREACHABLE;
    }

    /** Whether resolving {@code file} name by name follows more links than the system would. */
    static boolean loops(Path file) {
        Path absolute = file.toAbsolutePath();
        Deque<Path> remaining = new ArrayDeque<>();
        absolute.forEach(remaining::add);
        Path resolved = absolute.getRoot();
        int links = 0;
        try {
            while (!remaining.isEmpty()) {
                Path name = remaining.removeFirst();
                if (name.toString().equals(".")) {
                    continue;
                }
                if (name.toString().equals("..")) {
                    resolved = resolved.getParent() == null ? resolved : resolved.getParent();
                    continue;
                }
                Path candidate = resolved.resolve(name);
                if (!Files.isSymbolicLink(candidate)) {
                    if (!remaining.isEmpty() && !Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                        return false;
                    }
                    resolved = candidate;
                    continue;
                }
                if (++links > MAX_LINKS) {
                    return true;
                }
                Path target = Files.readSymbolicLink(candidate);
                Deque<Path> names = new ArrayDeque<>();
                target.forEach(names::add);
                names.descendingIterator().forEachRemaining(remaining::addFirst);
                if (target.isAbsolute()) {
                    resolved = target.getRoot();
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }
}
