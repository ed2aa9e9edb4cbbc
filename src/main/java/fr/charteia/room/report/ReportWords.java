package fr.charteia.room.report;

import fr.charteia.room.Participant;
import fr.charteia.room.RulesReview;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Stage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The French words of the report and the workbook for the room's states and answers. */
final class ReportWords {

    /** The room is run in France: its dates are read on the wall clock there. */
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private ReportWords() {
    }

    static String answer(SituationAnswer answer) {
        if (answer == SituationAnswer.AUTHORISED) {
            return "autorisé";
        }
        return answer == SituationAnswer.CONDITIONAL ? "sous conditions" : "interdit";
    }

    static String review(RulesReview.Status status) {
        if (status == RulesReview.Status.VALIDATED) {
            return "repères validés";
        }
        return status == RulesReview.Status.SENT_BACK ? "renvoyés pour reprise" : "en attente";
    }

    static String stage(Participant participant) {
        Stage stage = participant.stage();
        if (stage == Stage.POSITIONING_BEFORE) {
            return "positionnement d'arrivée";
        }
        if (stage == Stage.QUESTIONNAIRE) {
            return participant.questionnaireStep() > 0
                    ? "questionnaire, étape " + participant.questionnaireStep() + " sur 10" : "questionnaire";
        }
        if (stage == Stage.POSITIONING_AFTER) {
            return "positionnement de fin";
        }
        return stage == Stage.SATISFACTION ? "satisfaction" : "terminé";
    }

    /** « 12 mars 2027 » */
    static String day(Instant instant) {
        return DAY.format(instant.atZone(ZONE));
    }

    /** « 12 mars 2027 à 09h05 » */
    static String dayAndTime(Instant instant) {
        return day(instant) + " à " + TIME.format(instant.atZone(ZONE));
    }
}
