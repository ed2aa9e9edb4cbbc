package fr.charteia.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a set of files all or none: a department's charter and sheet must never mix two versions
 * (a new charter Word file beside last year's PDF).
 *
 * <p>Every file is first written whole to a temporary file beside its target; only then are they
 * renamed into place, one after the other. A file that was there is kept under a hidden backup name
 * until every rename has succeeded. On any failure (full disk, file-size limit, a folder of that
 * name…), what this run wrote is removed, the previous files are put back as they were, and folders
 * it created are removed if empty. A symbolic link at a target name is replaced, never followed.
 */
public final class FileSet {

    private final Map<Path, byte[]> files;
    private final Map<Path, Path> temporaries = new LinkedHashMap<>();
    private final Map<Path, Path> backups = new LinkedHashMap<>();
    private final List<Path> placed = new ArrayList<>();
    private final Deque<Path> createdFolders = new ArrayDeque<>();

    private FileSet(Map<Path, byte[]> files) {
        this.files = files;
    }

    /**
     * Writes or replaces every file of {@code files}, in its order, or none of them.
     *
     * @throws WriteFailure when one cannot be written or replaced; nothing of the set was then written,
     *                      and the files that were there are unchanged
     */
    public static void write(Map<Path, byte[]> files) throws WriteFailure {
        check(files.keySet());
        new FileSet(new LinkedHashMap<>(files)).writeAll();
    }

    /** As {@link #write}, without the checks: to test that a failure while placing the files undoes it. */
    static void writeUnchecked(Map<Path, byte[]> files) throws WriteFailure {
        new FileSet(new LinkedHashMap<>(files)).writeAll();
    }

    /**
     * Refuses, before anything is written, targets that must not be replaced: a folder, or a file
     * protected against writing ({@code chmod 444}, as a signed version is kept), and a path through a
     * file where a folder should be. Owner permission bits are read, not tried: they do not stop root.
     */
    public static void check(Collection<Path> targets) throws WriteFailure {
        for (Path target : targets) {
            Path blocking = fileInTheWay(target);
            if (blocking != null) {
                throw new WriteFailure(WriteProblem.FILE_IN_THE_WAY, blocking, null);
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            } catch (IOException e) {
                throw failure(e, target);
            }
            if (attributes.isDirectory()) {
                throw new WriteFailure(WriteProblem.FOLDER_IN_THE_WAY, target, null);
            }
            if (attributes.isRegularFile() && readOnly(target)) {
                throw new WriteFailure(WriteProblem.READ_ONLY_FILE, target, null);
            }
        }
    }

    /** The problem of an exception raised while writing {@code target}, with the path the user must act on. */
    public static WriteFailure failure(IOException e, Path target) {
        if (e instanceof WriteFailure known) {
            return known;
        }
        WriteProblem problem = WriteProblem.of(e);
        Path path = switch (problem) {
            case NO_PERMISSION, READ_ONLY_FILE_SYSTEM -> nearestFolder(target);
            case FILE_IN_THE_WAY -> {
                Path blocking = fileInTheWay(target);
                yield blocking == null ? target : blocking;
            }
            default -> target;
        };
        return new WriteFailure(problem, path, e);
    }

    private void writeAll() throws WriteFailure {
        Path current = null;
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                current = file.getKey();
                writeTemporary(current, file.getValue());
            }
            for (Path target : files.keySet()) {
                current = target;
                place(target);
            }
        } catch (IOException | RuntimeException e) {
            IOException cause = e instanceof IOException io ? io : new IOException(e);
            WriteFailure failure = failure(cause, current);
            rollBack(failure);
            throw failure;
        }
        for (Path backup : backups.values()) {
            try {
                Files.deleteIfExists(backup);
            } catch (IOException e) {
                // every file is in place: a hidden backup left behind harms nothing
            }
        }
    }

    private void writeTemporary(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        createFolders(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        temporaries.put(target, temporary);
        Files.write(temporary, bytes);
        readableByAll(temporary);
    }

    /** Creates the missing folders of {@code folder}, remembering them so that a failed run removes them. */
    private void createFolders(Path folder) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder; p != null && !Files.isDirectory(p); p = p.getParent()) {
            missing.push(p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
            createdFolders.push(p);
        }
    }

    /** The previous file, if any, is kept as a backup; then the new one takes its name in one rename. */
    private void place(Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // made since the checks: a folder is never moved aside, even for a moment
            throw new WriteFailure(WriteProblem.FOLDER_IN_THE_WAY, target, null);
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            backups.put(target, keep(target));
        }
        move(temporaries.get(target), target);
        placed.add(target);
    }

    /**
     * A hard link to the previous file, so that its name never goes missing while the new file takes
     * it; a rename where links are not possible (or for a symbolic link, which some systems would follow).
     */
    private static Path keep(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        boolean link = !Files.isSymbolicLink(target);
        while (true) {
            Path backup = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".old");
            try {
                if (link) {
                    Files.createLink(backup, target);
                } else {
                    Files.move(target, backup, StandardCopyOption.ATOMIC_MOVE);
                }
                return backup;
            } catch (FileAlreadyExistsException e) {
                // another name
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (!link) {
                    throw e;
                }
                link = false;
            }
        }
    }

    /** Rename over the target: atomic where the system allows it. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Puts back what was there; what cannot be undone is attached to the failure rather than hidden. */
    private void rollBack(WriteFailure failure) {
        for (Path target : files.keySet()) {
            try {
                Path backup = backups.get(target);
                if (backup != null) {
                    move(backup, target);
                    // a hard link and its original are one file: the rename did nothing, the name stays
                    Files.deleteIfExists(backup);
                } else if (placed.contains(target)) {
                    Files.deleteIfExists(target);
                }
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        for (Path temporary : temporaries.values()) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                failure.addSuppressed(e);
            }
        }
        for (Path folder : createdFolders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                // not empty: someone else wrote into it meanwhile
            }
        }
    }

    /**
     * Temporary files are created readable by their owner only; a document is meant to be shared like
     * any file the user saves.
     */
    static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static boolean readOnly(Path file) {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return !Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                        .permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            if (file.getFileSystem().supportedFileAttributeViews().contains("dos")) {
                return Files.readAttributes(file, DosFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isReadOnly();
            }
        } catch (IOException e) {
            return false;
        }
        return !Files.isWritable(file);
    }

    /** The first existing path above {@code target} that is not a folder, if any. */
    private static Path fileInTheWay(Path target) {
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /** The folder the file goes into or, when it does not exist yet, the one it would be created in. */
    private static Path nearestFolder(Path target) {
        Path p = target.toAbsolutePath().normalize().getParent();
        while (p != null && !Files.isDirectory(p) && p.getParent() != null) {
            p = p.getParent();
        }
        return p;
    }
}
