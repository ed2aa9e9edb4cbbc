package fr.charteia.web.drafts;

import fr.charteia.output.AtomicFiles;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One owner's drafts: {@code ID.yaml} files in a folder of the workspace. A save replaces the file in
 * one step (a temporary file beside it, then a rename), so a server killed at any moment leaves the
 * previous or the new draft, whole. Ids come from the server: a name that is not one never reaches
 * the file system.
 */
public final class DraftStore {

    private static final String EXTENSION = ".yaml";

    private final Path folder;
    private final Saver saver;

    public DraftStore(Path folder) {
        this(folder, AtomicFiles::write);
    }

    /** With another way of writing a file in place: tests use it to fail in the middle of a save. */
    DraftStore(Path folder, Saver saver) {
        this.folder = folder;
        this.saver = saver;
    }

    /** Writes a file as a whole or not at all. */
    @FunctionalInterface
    interface Saver {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** Saves {@code yaml} as a new draft and returns its id. */
    public DraftId create(byte[] yaml) throws IOException {
        Files.createDirectories(folder);
        DraftId id;
        do {
            id = DraftId.random();
        } while (Files.exists(file(id)));
        saver.write(file(id), yaml);
        return id;
    }

    /** The draft, if this store holds one with that id. */
    public Optional<Draft> find(DraftId id) throws IOException {
        Path file = file(id);
        try {
            return Optional.of(new Draft(id, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Replaces the draft's questionnaire; the draft must exist. */
    public void save(DraftId id, byte[] yaml) throws IOException {
        if (!Files.isRegularFile(file(id))) {
            throw new NoSuchFileException(file(id).toString());
        }
        saver.write(file(id), yaml);
    }

    /** Deletes the draft; true when there was one. */
    public boolean delete(DraftId id) throws IOException {
        return Files.deleteIfExists(file(id));
    }

    /** Every draft, the most recently changed first. */
    public List<Draft> list() throws IOException {
        List<Draft> drafts = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return drafts;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Optional<DraftId> id = DraftId.parse(name.substring(0, name.length() - EXTENSION.length()));
                if (id.isPresent()) {
                    find(id.get()).ifPresent(drafts::add);
                }
            }
        }
        drafts.sort(Comparator.comparing(Draft::changed).reversed().thenComparing(d -> d.id().value()));
        return drafts;
    }

    private Path file(DraftId id) {
        return folder.resolve(id.value() + EXTENSION);
    }
}
