package fr.charteia.room.report;

import fr.charteia.compose.TemplateSet;
import fr.charteia.room.Participant;
import fr.charteia.room.Room;
import fr.charteia.room.RoomCodes;
import fr.charteia.room.RoomQuestions;
import fr.charteia.room.RulesReview;
import fr.charteia.room.Satisfaction;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Stage;
import fr.charteia.room.Vote;
import fr.charteia.room.WorkshopCatalogue;
import fr.charteia.room.WorkshopSituation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small session with known answers, built from the room's records: three participants (Camille,
 * Dominique, Sacha), the shipped questions, two situations of the trainer's own, drafts from the
 * samples (Sacha's has errors).
 */
final class SessionSamples {

    static final Instant OPENED = Instant.parse("2027-03-12T08:30:00Z");
    static final RoomQuestions QUESTIONS = RoomQuestions.read(TemplateSet.shipped(), "fr");
    static final String CAMILLE = "00000000000000c1";
    static final String DOMINIQUE = "00000000000000d2";
    static final String SACHA = "00000000000000e3";

    private SessionSamples() {
    }

    /**
     * Before / after on « risques »: 1, 2, 3 → 3, 4, 4 (means 2.00 and 3.67); on « situations »: 2, 2, –
     * → 3, –, 4; Sacha gave no « after » on « situations » and no « before » at all on it.
     */
    static Room room() {
        Instant t = OPENED;
        Room room = Room.opened("Formation IAG — CH de Valmont — 12 mars 2027", OPENED,
                new RoomCodes("participant", "formateur"), Optional.empty());
        room = room.withParticipant(Participant.joined(CAMILLE, "o1", "Camille", "Urgences adultes", t.plusSeconds(60), "d1"))
                .withParticipant(Participant.joined(DOMINIQUE, "o2", "Dominique", "Pharmacie (PUI)", t.plusSeconds(120), "d2"))
                .withParticipant(Participant.joined(SACHA, "o3", "Sacha", "Secrétariat & admissions", t.plusSeconds(180), "d3"));
        room = room
                .withParticipant(CAMILLE, p -> p.withBefore(Map.of("risques", 1, "situations", 2), t)
                        .withAfter(Map.of("risques", 3, "situations", 3), t).withStage(Stage.DONE, t)
                        .withReview(new RulesReview(RulesReview.Status.VALIDATED, "Très clair", Optional.of(t)))
                        .withSatisfaction(new Satisfaction(Map.of("objectifs", 4, "contenu", 3), "Très utile, merci !",
                                Optional.of(t)), t))
                .withParticipant(DOMINIQUE, p -> p.withBefore(Map.of("risques", 2, "situations", 2), t)
                        .withAfter(Map.of("risques", 4), t).withStage(Stage.SATISFACTION, t)
                        .withReview(new RulesReview(RulesReview.Status.SENT_BACK, "Précisez les données autorisées",
                                Optional.of(t)))
                        .withSatisfaction(new Satisfaction(Map.of("objectifs", 3, "contenu", 3), "   ", Optional.of(t)), t))
                .withParticipant(SACHA, p -> p.withBefore(Map.of("risques", 3), t)
                        .withAfter(Map.of("risques", 4, "situations", 4), t).withQuestionnaireStep(4, t)
                        .withStage(Stage.QUESTIONNAIRE, t));
        room = room.withOwnSituations(List.of(
                new WorkshopSituation("own-1", "Coller un compte rendu d'hospitalisation dans un chatbot public.",
                        SituationAnswer.FORBIDDEN, "Des données de santé identifiantes sortiraient de l'établissement.",
                        "Je n'y colle jamais de données de patient.", List.of()),
                new WorkshopSituation("own-2", "Reformuler une note de service sans nom avec l'outil de l'établissement.",
                        SituationAnswer.AUTHORISED, "Aucune donnée personnelle, outil autorisé.", "", List.of()),
                new WorkshopSituation("own-3", "Une situation que personne n'a vue.", SituationAnswer.CONDITIONAL,
                        "Parce que.", "", List.of())));
        room = room.withVote(new Vote("own-1", CAMILLE, SituationAnswer.FORBIDDEN, "Je ne colle rien", t))
                .withVote(new Vote("own-1", DOMINIQUE, SituationAnswer.FORBIDDEN, "", t))
                .withVote(new Vote("own-1", SACHA, SituationAnswer.CONDITIONAL, "J'anonymise d'abord", t))
                .withVote(new Vote("own-2", CAMILLE, SituationAnswer.AUTHORISED, "", t));
        return room;
    }

    static SessionMaterial material() {
        return new SessionMaterial(room(), QUESTIONS, WorkshopCatalogue.read(TemplateSet.shipped(), "fr"),
                Map.of(CAMILLE, sample("samples/urgences-adultes.yaml"), DOMINIQUE, sample("samples/pharmacie-pui.yaml"),
                        SACHA, sample("samples/invalid/q-schema-missing-field.yaml")),
                Optional.empty());
    }

    static byte[] sample(String path) {
        try {
            return Files.readAllBytes(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
