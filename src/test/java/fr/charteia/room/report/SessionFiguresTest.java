package fr.charteia.room.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.charteia.room.SituationAnswer;
import fr.charteia.room.report.SessionFigures.ParticipantProgress;
import fr.charteia.room.report.SessionFigures.SituationFigures;
import fr.charteia.room.report.SessionFigures.StatementFigures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionFiguresTest {

    private final SessionFigures figures = SessionFigures.of(SessionSamples.material());

    @Test
    void aStatementsDistributionAndMeansBeforeAndAfterComeFromTheAnswersGiven() {
        StatementFigures risks = figures.statements().get(0);

        assertThat(risks.statement().id()).isEqualTo("risques");
        assertThat(risks.before().counts()).containsExactly(1, 1, 1, 0);
        assertThat(risks.after().counts()).containsExactly(0, 0, 1, 2);
        assertThat(risks.before().answered()).isEqualTo(3);
        assertThat(risks.before().mean()).hasValue(2.0);
        assertThat(risks.after().mean().getAsDouble()).isCloseTo(11.0 / 3, within(1e-12));
        assertThat(FrenchNumbers.decimal(risks.before().mean())).isEqualTo("2,00");
        assertThat(FrenchNumbers.decimal(risks.after().mean())).isEqualTo("3,67");
        assertThat(FrenchNumbers.signed(risks.change())).isEqualTo("+1,67");
    }

    @Test
    void aMeanCountsOnlyThoseWhoAnsweredThatSideAndIsEmptyWhenNobodyDid() {
        StatementFigures situations = figures.statements().get(1);
        StatementFigures practices = figures.statements().get(2);

        assertThat(situations.before().counts()).containsExactly(0, 2, 0, 0);
        assertThat(situations.before().mean()).hasValue(2.0);
        assertThat(situations.after().answered()).isEqualTo(2);
        assertThat(situations.after().mean()).hasValue(3.5);
        assertThat(practices.before().answered()).isZero();
        assertThat(practices.before().mean()).isEmpty();
        assertThat(practices.change()).isEmpty();
        assertThat(FrenchNumbers.decimal(practices.after().mean())).isEqualTo("–");
        assertThat(figures.statements()).extracting(StatementFigures::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void progressComparesOnlyTheStatementsAParticipantAnsweredBothTimes() {
        List<ParticipantProgress> progress = figures.progress();
        ParticipantProgress camille = progress.get(0);
        ParticipantProgress dominique = progress.get(1);
        ParticipantProgress sacha = progress.get(2);

        assertThat(camille.deltas()).containsExactly(Map.entry("risques", 2), Map.entry("situations", 1));
        assertThat(camille.meanBefore()).hasValue(1.5);
        assertThat(camille.meanAfter()).hasValue(3.0);
        assertThat(camille.progress()).hasValue(1.5);
        // « situations » answered before only: left out of both means
        assertThat(dominique.compared()).isEqualTo(1);
        assertThat(dominique.deltas()).containsExactly(Map.entry("risques", 2));
        assertThat(dominique.meanBefore()).hasValue(2.0);
        assertThat(dominique.progress()).hasValue(2.0);
        assertThat(sacha.deltas()).containsExactly(Map.entry("risques", 1));
        assertThat(sacha.progress()).hasValue(1.0);
    }

    @Test
    void reviewsAreCountedAndKeptPerParticipantInJoiningOrder() {
        assertThat(figures.reviews().validated()).isEqualTo(1);
        assertThat(figures.reviews().sentBack()).isEqualTo(1);
        assertThat(figures.reviews().pending()).isEqualTo(1);
        assertThat(figures.reviews().participants()).extracting(r -> r.participant().pseudonym(), r -> r.review().comment())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Camille", "Très clair"),
                        org.assertj.core.groups.Tuple.tuple("Dominique", "Précisez les données autorisées"),
                        org.assertj.core.groups.Tuple.tuple("Sacha", ""));
    }

    @Test
    void onlySituationsThatGotVotesAreCountedWithTheShareOfExpectedAnswers() {
        assertThat(figures.situations()).extracting(f -> f.situation().id()).containsExactly("own-1", "own-2");
        SituationFigures chatbot = figures.situations().get(0);

        assertThat(chatbot.count(SituationAnswer.FORBIDDEN)).isEqualTo(2);
        assertThat(chatbot.count(SituationAnswer.CONDITIONAL)).isEqualTo(1);
        assertThat(chatbot.count(SituationAnswer.AUTHORISED)).isZero();
        assertThat(chatbot.votes()).isEqualTo(3);
        assertThat(chatbot.matching()).isEqualTo(2);
        assertThat(FrenchNumbers.percent(chatbot.share())).isEqualTo("67\u00a0%");
        assertThat(chatbot.reflexes()).containsExactly("Je ne colle rien", "J'anonymise d'abord");
        assertThat(figures.situations().get(1).share()).hasValue(1.0);
    }

    @Test
    void satisfactionGivesEachQuestionsDistributionMeanRespondentsAndNonBlankComments() {
        var satisfaction = figures.satisfaction();

        assertThat(satisfaction.respondents()).isEqualTo(2);
        assertThat(satisfaction.questions().get(0).question().id()).isEqualTo("objectifs");
        assertThat(satisfaction.questions().get(0).answers().counts()).containsExactly(0, 0, 1, 1);
        assertThat(satisfaction.questions().get(0).answers().mean()).hasValue(3.5);
        assertThat(satisfaction.questions().get(2).answers().mean()).isEmpty();
        assertThat(satisfaction.comments()).containsExactly("Très utile, merci !");
    }

    @Test
    void roundingIsHalfUpAndOnlyForDisplay() {
        assertThat(FrenchNumbers.decimal(2.005)).isEqualTo("2,01");
        assertThat(FrenchNumbers.decimal(1.0 / 3)).isEqualTo("0,33");
        assertThat(FrenchNumbers.signed(java.util.OptionalDouble.of(-0.5))).isEqualTo("\u22120,50");
        assertThat(FrenchNumbers.signed(0)).isEqualTo("0");
    }
}
