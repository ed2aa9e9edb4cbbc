package fr.charteia.web.room;

import fr.charteia.compose.TemplateSet;
import fr.charteia.room.Room;
import fr.charteia.room.RoomCodes;
import fr.charteia.room.RoomQuestions;
import fr.charteia.room.RoomStore;
import fr.charteia.room.WorkshopCatalogue;
import fr.charteia.web.RoomOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens the workspace's room, or the one already kept there (a restart changes nothing: title and codes
 * stay). A room that was closed is replaced by a new one.
 */
public final class RoomOpening {

    /** The name of the establishment baseline's copy in the room's folder. */
    public static final String BASELINE_FILE = "etablissement.yaml";

    private RoomOpening() {
    }

    public static RoomSite open(Path workspace, String participantCode, RoomOptions options) throws IOException {
        java.util.function.Supplier<Room> fresh = () -> Room.opened(options.title(), Instant.now(),
                new RoomCodes(participantCode, options.trainerCode()),
                options.baseline().map(b -> BASELINE_FILE));
        RoomStore store = RoomStore.open(workspace, fresh);
        if (store.room().isClosed()) {
            // a closed room was exported and emptied: this start is a new session, with its own codes
            store.update(closed -> closed.isClosed() ? fresh.get() : closed);
        }
        Optional<Path> baseline = Optional.empty();
        if (options.baseline().isPresent()) {
            // the drafts name it beside them, so the copy stays readable whatever the trainer does with the original
            Path copy = store.folder().resolve(BASELINE_FILE);
            fr.charteia.output.AtomicFiles.write(copy, Files.readAllBytes(options.baseline().get()));
            baseline = Optional.of(copy);
        } else if (Files.isRegularFile(store.folder().resolve(BASELINE_FILE))) {
            baseline = Optional.of(store.folder().resolve(BASELINE_FILE));
        }
        TemplateSet templates = options.templates().map(TemplateSet::overriddenBy).orElseGet(TemplateSet::shipped);
        return new RoomSite(store, RoomQuestions.read(templates, "fr"), WorkshopCatalogue.read(templates, "fr"), baseline);
    }
}
