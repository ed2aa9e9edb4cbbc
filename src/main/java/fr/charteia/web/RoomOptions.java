package fr.charteia.web;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the trainer's room is opened ({@code serve --room}).
 *
 * @param title the session's name, shown on every page and in the report
 * @param trainerCode the trainer's code: opens the trainer's pages, which refuse the participants' code
 * @param baseline an establishment baseline the participants' questionnaires start from
 * @param templates the trainer's template folder (positioning and satisfaction questions, situations)
 */
public record RoomOptions(String title, String trainerCode, Optional<Path> baseline, Optional<Path> templates) {
}
