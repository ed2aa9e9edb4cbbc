package fr.charteia.room.report;

import fr.charteia.room.Participant;
import fr.charteia.room.Positioning;
import fr.charteia.room.RulesReview;
import fr.charteia.room.SatisfactionQuestions;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.Vote;
import fr.charteia.room.WorkshopSituation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The figures of a session, computed once from its material: what the PDF report and the workbook
 * both print, so that they never disagree. Means are kept exact; they are rounded only when shown
 * ({@link FrenchNumbers}).
 *
 * @param statements per self-positioning statement, in the question file's order
 * @param progress per participant, in joining order
 * @param reviews the trainer's review of each participant's rules
 * @param situations per workshop situation that got at least one vote, in the catalogue's order then the trainer's
 * @param satisfaction the satisfaction questionnaire's answers
 */
public record SessionFigures(List<StatementFigures> statements, List<ParticipantProgress> progress,
        ReviewFigures reviews, List<SituationFigures> situations, SatisfactionFigures satisfaction) {

    public SessionFigures {
        statements = List.copyOf(statements);
        progress = List.copyOf(progress);
        situations = List.copyOf(situations);
    }

    /** The group's self-positioning on one statement, on arrival and at the end. */
    public record StatementFigures(int number, Positioning.Statement statement, Distribution before,
            Distribution after) {

        /** The after mean minus the before mean; empty unless both sides have answers. */
        public OptionalDouble change() {
            return difference(after.mean(), before.mean());
        }
    }

    /**
     * One participant's progress, over the statements they answered both times only (a statement
     * skipped on one side would otherwise move their mean without anything having changed).
     *
     * @param compared how many statements they answered both times
     * @param deltas after minus before per statement id, in the statements' order, for those compared
     */
    public record ParticipantProgress(Participant participant, int compared, OptionalDouble meanBefore,
            OptionalDouble meanAfter, Map<String, Integer> deltas) {

        public ParticipantProgress {
            deltas = Collections.unmodifiableMap(new LinkedHashMap<>(deltas));
        }

        /** Mean after minus mean before; empty when no statement was answered both times. */
        public OptionalDouble progress() {
            return difference(meanAfter, meanBefore);
        }
    }

    /** The counts of the trainer's decisions, and each participant's. */
    public record ReviewFigures(int validated, int sentBack, int pending, List<ParticipantReview> participants) {

        public ReviewFigures {
            participants = List.copyOf(participants);
        }
    }

    /** A participant's number in joining order (from 1), with the trainer's review of their rules. */
    public record ParticipantReview(int number, Participant participant, RulesReview review) {
    }

    /**
     * The answers to one situation.
     *
     * @param counts per answer, in the order of {@link SituationAnswer}
     * @param reflexes the reflexes participants typed, non-blank, in voting order
     */
    public record SituationFigures(WorkshopSituation situation, List<Integer> counts, List<String> reflexes) {

        public SituationFigures {
            counts = List.copyOf(counts);
            reflexes = List.copyOf(reflexes);
        }

        public int count(SituationAnswer answer) {
            return counts.get(answer.ordinal());
        }

        public int votes() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }

        /** How many gave the expected answer. */
        public int matching() {
            return count(situation.expected());
        }

        /** The share (0 to 1) of votes giving the expected answer; empty when no vote. */
        public OptionalDouble share() {
            return votes() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matching() / votes());
        }
    }

    /** One satisfaction question's answers. */
    public record QuestionFigures(SatisfactionQuestions.Question question, Distribution answers) {
    }

    /**
     * @param respondents participants who gave the questionnaire
     * @param comments the free comments, non-blank, trimmed, in joining order
     */
    public record SatisfactionFigures(List<QuestionFigures> questions, int respondents, List<String> comments) {

        public SatisfactionFigures {
            questions = List.copyOf(questions);
            comments = List.copyOf(comments);
        }
    }

    /** The figures of {@code material}. */
    public static SessionFigures of(SessionMaterial material) {
        List<Participant> participants = material.room().participants();
        Positioning positioning = material.questions().positioning();
        int points = positioning.scale().size();

        List<StatementFigures> statements = new ArrayList<>();
        for (Positioning.Statement statement : positioning.statements()) {
            statements.add(new StatementFigures(statements.size() + 1, statement,
                    Distribution.of(points, answers(participants, p -> p.before().get(statement.id()))),
                    Distribution.of(points, answers(participants, p -> p.after().get(statement.id())))));
        }

        List<ParticipantProgress> progress = participants.stream()
                .map(p -> progress(p, positioning.statements(), points)).toList();

        int validated = 0;
        int sentBack = 0;
        int pending = 0;
        List<ParticipantReview> reviews = new ArrayList<>();
        for (Participant p : participants) {
            RulesReview review = p.review() == null ? RulesReview.PENDING : p.review();
            switch (review.status()) {
                case VALIDATED -> validated++;
                case SENT_BACK -> sentBack++;
                default -> pending++;
            }
            reviews.add(new ParticipantReview(reviews.size() + 1, p, review));
        }

        List<SituationFigures> situations = new ArrayList<>();
        for (WorkshopSituation situation : material.situations()) {
            List<Integer> counts = new ArrayList<>(Collections.nCopies(SituationAnswer.values().length, 0));
            List<String> reflexes = new ArrayList<>();
            for (Vote vote : material.room().votes()) {
                if (vote.situationId().equals(situation.id()) && vote.answer() != null) {
                    counts.set(vote.answer().ordinal(), counts.get(vote.answer().ordinal()) + 1);
                    if (vote.reflex() != null && !vote.reflex().isBlank()) {
                        reflexes.add(vote.reflex().strip());
                    }
                }
            }
            SituationFigures figures = new SituationFigures(situation, counts, reflexes);
            if (figures.votes() > 0) {
                situations.add(figures);
            }
        }

        SatisfactionQuestions satisfaction = material.questions().satisfaction();
        List<QuestionFigures> questions = satisfaction.questions().stream()
                .map(q -> new QuestionFigures(q, Distribution.of(satisfaction.scale().size(),
                        answers(participants, p -> p.satisfaction().answers().get(q.id())))))
                .toList();
        int respondents = (int) participants.stream()
                .filter(p -> p.satisfaction().given() || !p.satisfaction().answers().isEmpty()).count();
        List<String> comments = participants.stream().map(p -> p.satisfaction().comment())
                .filter(c -> c != null && !c.isBlank()).map(String::strip).toList();

        return new SessionFigures(statements, progress, new ReviewFigures(validated, sentBack, pending, reviews),
                situations, new SatisfactionFigures(questions, respondents, comments));
    }

    private static List<Integer> answers(List<Participant> participants,
            java.util.function.Function<Participant, Integer> answer) {
        return participants.stream().map(answer).filter(Objects::nonNull).toList();
    }

    private static ParticipantProgress progress(Participant participant, List<Positioning.Statement> statements,
            int points) {
        Map<String, Integer> deltas = new LinkedHashMap<>();
        long before = 0;
        long after = 0;
        for (Positioning.Statement statement : statements) {
            Integer b = participant.before().get(statement.id());
            Integer a = participant.after().get(statement.id());
            if (onScale(b, points) && onScale(a, points)) {
                deltas.put(statement.id(), a - b);
                before += b;
                after += a;
            }
        }
        int compared = deltas.size();
        return compared == 0
                ? new ParticipantProgress(participant, 0, OptionalDouble.empty(), OptionalDouble.empty(), deltas)
                : new ParticipantProgress(participant, compared, OptionalDouble.of((double) before / compared),
                        OptionalDouble.of((double) after / compared), deltas);
    }

    private static boolean onScale(Integer answer, int points) {
        return answer != null && answer >= 1 && answer <= points;
    }

    static OptionalDouble difference(OptionalDouble minuend, OptionalDouble subtrahend) {
        return minuend.isPresent() && subtrahend.isPresent()
                ? OptionalDouble.of(minuend.getAsDouble() - subtrahend.getAsDouble()) : OptionalDouble.empty();
    }
}
