package fr.charteia.room;

import fr.charteia.Toolkit;
import fr.charteia.compose.TemplateSet;
import fr.charteia.room.report.SessionArchive;
import fr.charteia.room.report.SessionMaterial;
import fr.charteia.web.drafts.Draft;
import fr.charteia.web.drafts.DraftId;
import fr.charteia.web.drafts.DraftStore;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Ends a room, from the trainer's button or {@code charte-ia room close}: the archive first (every
 * participant's documents and the session report), then the room marked closed, then, unless the trainer
 * keeps them, every participant's draft and personal answers deleted. Nothing is deleted when the archive
 * could not be written.
 */
public final class RoomClosing {

    /** The archives' folder, in the room's folder. */
    public static final String EXPORT_FOLDER = "export";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    /** A session folder's name as the server makes it: anything else in the room file is not followed. */
    private static final Pattern OWNER = Pattern.compile("[0-9A-Za-z_-]{1,64}");

    /** Writes the archive of {@code material} to a zip; the session archive in production, a stand-in in tests. */
    @FunctionalInterface
    public interface ArchiveWriter {
        void write(SessionMaterial material, Toolkit toolkit, Path zip) throws IOException;
    }

    /**
     * What the closing did.
     *
     * @param archive the zip written
     * @param participants how many participants the room had
     * @param draftsDeleted how many draft files were deleted (0 when kept)
     * @param kept whether personal answers and drafts were kept
     */
    public record Closed(String title, Path archive, int participants, int draftsDeleted, boolean kept) {
    }

    private RoomClosing() {
    }

    /** Closes the workspace's room with the shipped questions and situations. */
    public static Closed close(Path workspace, Toolkit toolkit, boolean keep) throws IOException {
        return close(workspace, toolkit, keep, TemplateSet.shipped());
    }

    /** Closes the workspace's room, its questions and situations read from {@code templates}. */
    public static Closed close(Path workspace, Toolkit toolkit, boolean keep, TemplateSet templates) throws IOException {
        return close(workspace, toolkit, keep, RoomQuestions.read(templates, "fr"), WorkshopCatalogue.read(templates, "fr"),
                SessionArchive::write, Instant.now());
    }

    /**
     * Closes the workspace's room.
     *
     * @throws NoRoom when the workspace holds no room, or only a closed one
     */
    public static Closed close(Path workspace, Toolkit toolkit, boolean keep, RoomQuestions questions,
            WorkshopCatalogue catalogue, ArchiveWriter writer, Instant now) throws IOException {
        Optional<Room> kept = RoomStore.read(workspace);
        if (kept.isEmpty()) {
            throw new NoRoom(workspace, Optional.empty());
        }
        if (kept.get().isClosed()) {
            throw new NoRoom(workspace, kept.get().closed());
        }
        RoomStore store = RoomStore.open(workspace, () -> kept.get());
        Room room = store.room().withClosed(now);
        Path archive = archivePath(store.folder(), now);
        writer.write(material(workspace, room, questions, catalogue, store.folder()), toolkit, archive);
        Room closed = store.update(current -> current.isClosed() ? current : current.withClosed(now));
        int deleted = 0;
        if (!keep) {
            for (Participant participant : closed.participants()) {
                deleted += deleteDrafts(workspace, participant);
            }
            store.update(Room::withoutPersonalAnswers);
        }
        return new Closed(closed.title(), archive, closed.participants().size(), deleted, keep);
    }

    /** The material of the room as it stands: for the archive and the report, open or closed. */
    public static SessionMaterial material(Path workspace, Room room, RoomQuestions questions, WorkshopCatalogue catalogue,
            Path roomFolder) throws IOException {
        Map<String, byte[]> drafts = new LinkedHashMap<>();
        for (Participant participant : room.participants()) {
            draft(workspace, participant).ifPresent(draft -> drafts.put(participant.id(), draft.yaml()));
        }
        Optional<Path> draftFolder = room.baseline().isPresent() ? Optional.of(roomFolder) : Optional.empty();
        return new SessionMaterial(room, questions, catalogue, drafts, draftFolder);
    }

    /** The participant's draft, if it is still there. */
    public static Optional<Draft> draft(Path workspace, Participant participant) throws IOException {
        Optional<DraftId> id = DraftId.parse(participant.draftId());
        if (id.isEmpty() || !OWNER.matcher(participant.owner()).matches()) {
            return Optional.empty();
        }
        return drafts(workspace, participant).find(id.get());
    }

    /** The latest archive written in the room's folder, if any. */
    public static Optional<Path> latestArchive(Path roomFolder) throws IOException {
        Path folder = roomFolder.resolve(EXPORT_FOLDER);
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (var files = Files.list(folder)) {
            // the names sort as their dates
            return files.filter(f -> f.getFileName().toString().matches("archive-\\d{8}-\\d{4}\\.zip"))
                    .max(Path::compareTo);
        }
    }

    /** Where an archive written at {@code now} goes: {@code salle/export/archive-yyyyMMdd-HHmm.zip}. */
    public static Path archivePath(Path roomFolder, Instant now) throws IOException {
        Path folder = roomFolder.resolve(EXPORT_FOLDER);
        Files.createDirectories(folder);
        return folder.resolve("archive-" + STAMP.format(now.atZone(ZoneId.systemDefault())) + ".zip");
    }

    private static DraftStore drafts(Path workspace, Participant participant) {
        return new DraftStore(workspace.resolve("sessions").resolve(participant.owner()));
    }

    /** Deletes every draft of the participant's session folder, then the folder when nothing else is in it. */
    private static int deleteDrafts(Path workspace, Participant participant) throws IOException {
        if (!OWNER.matcher(participant.owner()).matches()) {
            return 0;
        }
        DraftStore store = drafts(workspace, participant);
        int deleted = 0;
        List<Draft> all = store.list();
        for (Draft draft : all) {
            if (store.delete(draft.id())) {
                deleted++;
            }
        }
        try {
            Files.deleteIfExists(workspace.resolve("sessions").resolve(participant.owner()));
        } catch (DirectoryNotEmptyException e) {
            // something the participant's session kept besides drafts: left as it is
        }
        return deleted;
    }

    /** The workspace has no open room to close. */
    public static final class NoRoom extends IOException {

        private final transient Optional<Instant> closed;

        NoRoom(Path workspace, Optional<Instant> closed) {
            super("no open room in " + workspace);
            this.closed = closed;
        }

        /** When the room was closed, if the workspace holds a closed one. */
        public Optional<Instant> closed() {
            return closed;
        }
    }
}
