package fr.charteia.room.report;

import fr.charteia.room.Room;
import fr.charteia.room.RoomQuestions;
import fr.charteia.room.WorkshopCatalogue;
import fr.charteia.room.WorkshopSituation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the session report and the archive are made from.
 *
 * @param drafts each participant's questionnaire as saved, by participant id (a participant whose draft
 *     is gone is absent)
 * @param draftFolder the folder drafts are read in (the room's, when they start from a baseline)
 */
public record SessionMaterial(Room room, RoomQuestions questions, WorkshopCatalogue catalogue,
        Map<String, byte[]> drafts, Optional<Path> draftFolder) {

    /** The catalogue's situations, then the trainer's own. */
    public List<WorkshopSituation> situations() {
        return catalogue.situations(room);
    }
}
