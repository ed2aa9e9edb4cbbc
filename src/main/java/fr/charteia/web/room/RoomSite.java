package fr.charteia.web.room;

import fr.charteia.room.RoomQuestions;
import fr.charteia.room.RoomStore;
import fr.charteia.room.WorkshopCatalogue;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the room's pages share.
 *
 * @param store the room's state
 * @param questions the self-positioning and satisfaction questions, in French
 * @param catalogue the workshops' risk situations from the templates (the trainer adds their own in the room)
 * @param baselineFile the copy of the establishment baseline in the room's folder, when one was given
 */
public record RoomSite(RoomStore store, RoomQuestions questions, WorkshopCatalogue catalogue, Optional<Path> baselineFile) {

    /** The folder drafts are read in when they start from the baseline: the room's folder. */
    public Optional<Path> baselineFolder() {
        return baselineFile.map(Path::getParent);
    }
}
