package fr.charteia.room.report;

import fr.charteia.document.DocumentKind;
import fr.charteia.document.FrenchTypography;
import fr.charteia.render.pdf.Markup;
import fr.charteia.render.pdf.XhtmlDocument;
import fr.charteia.room.Room;
import fr.charteia.room.SituationAnswer;
import fr.charteia.room.WorkshopSituation;
import fr.charteia.room.report.SessionFigures.ParticipantProgress;
import fr.charteia.room.report.SessionFigures.ParticipantReview;
import fr.charteia.room.report.SessionFigures.QuestionFigures;
import fr.charteia.room.report.SessionFigures.SituationFigures;
import fr.charteia.room.report.SessionFigures.StatementFigures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The session report as XHTML for the PDF writer: the charters' print stylesheet with the report's
 * own ({@code report.css}), a running header and footer, then the sections: participants and their
 * rules' review, self-positioning before and after (a bar chart and a table per statement),
 * progress per participant, the situations' answers, satisfaction. Every figure a bar draws is also
 * written as text beside it and in a table.
 */
final class ReportXhtml {

    static final String TITLE = "Rapport de session";
    private static final String STYLESHEET = XhtmlDocument.stylesheet(DocumentKind.CHARTER) + "\n" + load("report.css");
    /** The bars' full length, as in report.css (.bar-track), in millimetres. */
    private static final double TRACK_MM = 85;

    private final SessionMaterial material;
    private final SessionFigures figures;
    private final List<String> scale;
    private final Markup out = new Markup(64 * 1024, FrenchTypography::apply);

    private ReportXhtml(SessionMaterial material, SessionFigures figures) {
        this.material = material;
        this.figures = figures;
        this.scale = material.questions().positioning().scale();
    }

    static String of(SessionMaterial material, SessionFigures figures) {
        return new ReportXhtml(material, figures).write();
    }

    private record Section(String id, String title) {
    }

    private static final Section PARTICIPANTS = new Section("participants", "Participants et validation des repères");
    private static final Section POSITIONING = new Section("positionnement", "Auto-positionnement avant et après");
    private static final Section PROGRESS = new Section("progression", "Progression par participant");
    private static final Section SITUATIONS = new Section("situations", "Situations à risque : réponses des participants");
    private static final Section SATISFACTION = new Section("satisfaction", "Satisfaction");

    private String write() {
        Room room = material.room();
        out.raw("<!DOCTYPE html>\n");
        out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "fr-FR", "xml:lang", "fr-FR");
        out.open("head");
        out.empty("meta", "http-equiv", "Content-Type", "content", "text/html; charset=UTF-8");
        out.element("title", TITLE + " — " + room.title());
        out.open("style", "type", "text/css").raw("\n").raw(STYLESHEET).raw("\n").close("style");
        out.open("bookmarks");
        for (Section section : List.of(PARTICIPANTS, POSITIONING, PROGRESS, SITUATIONS, SATISFACTION)) {
            out.empty("bookmark", "name", section.title(), "href", "#" + section.id());
        }
        out.close("bookmarks");
        out.close("head");
        out.open("body", "class", "charter report");
        out.open("div", "class", "running-header").open("div", "class", "text-cell")
                .text(TITLE + " — " + room.title()).close("div").close("div");
        out.open("div", "class", "running-footer").text("Page ").empty("span", "class", "page-number").text(" / ")
                .empty("span", "class", "page-count").close("div");

        titleBlock(room);
        participants();
        positioning();
        progress();
        situations();
        satisfaction();

        out.close("body");
        out.close("html");
        return out.finish();
    }

    private void titleBlock(Room room) {
        out.element("h1", TITLE, "class", "report-title");
        out.element("p", room.title(), "class", "report-subtitle");
        SessionFigures.ReviewFigures reviews = figures.reviews();
        out.open("table", "class", "key-figures").open("tbody");
        keyFigure("Session ouverte le", ReportWords.day(room.opened()));
        room.closed().ifPresent(closed -> keyFigure("Session close le", ReportWords.day(closed)));
        keyFigure("Participants", Integer.toString(room.participants().size()));
        keyFigure("Repères validés", Integer.toString(reviews.validated()));
        keyFigure("Repères renvoyés pour reprise", Integer.toString(reviews.sentBack()));
        keyFigure("Repères en attente de validation", Integer.toString(reviews.pending()));
        keyFigure("Situations travaillées", Integer.toString(figures.situations().size()));
        keyFigure("Questionnaires de satisfaction", Integer.toString(figures.satisfaction().respondents()));
        out.close("tbody").close("table");
    }

    private void keyFigure(String label, String value) {
        out.open("tr").element("th", label, "scope", "row").element("td", value).close("tr");
    }

    private void participants() {
        heading(PARTICIPANTS);
        List<ParticipantReview> reviews = figures.reviews().participants();
        if (reviews.isEmpty()) {
            out.element("p", "Personne n'a rejoint la session.");
            return;
        }
        out.open("table", "class", "data");
        columns(6, 18, 22, 20, 16, 18);
        header("N°", "Pseudonyme", "Service", "Étape", "Repères", "Commentaire du formateur");
        out.open("tbody");
        for (ParticipantReview review : reviews) {
            out.open("tr");
            out.element("td", Integer.toString(review.number()), "class", "number");
            out.element("td", review.participant().pseudonym());
            out.element("td", review.participant().department());
            out.element("td", ReportWords.stage(review.participant()));
            out.element("td", ReportWords.review(review.review().status()));
            out.element("td", review.review().comment().isBlank() ? FrenchNumbers.NONE : review.review().comment());
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    private void positioning() {
        heading(POSITIONING);
        out.element("p", "Chaque participant s'est situé en arrivant, puis à la fin de la session, sur une échelle de 1 à "
                + scale.size() + " : " + scaleText(scale) + ". Les barres donnent la moyenne du groupe sur "
                + scale.size() + " ; la répartition des réponses suit chaque graphique.");
        out.open("table", "class", "data");
        columns(8, 56, 12, 12, 12);
        header("N°", "Énoncé", "Moyenne avant", "Moyenne après", "Écart");
        out.open("tbody");
        for (StatementFigures s : figures.statements()) {
            out.open("tr");
            out.element("td", "E" + s.number(), "class", "number");
            out.element("td", s.statement().text());
            out.element("td", FrenchNumbers.decimal(s.before().mean()), "class", "number");
            out.element("td", FrenchNumbers.decimal(s.after().mean()), "class", "number");
            out.element("td", FrenchNumbers.signed(s.change()), "class", "number");
            out.close("tr");
        }
        out.close("tbody").close("table");

        for (StatementFigures s : figures.statements()) {
            out.open("div", "class", "statement");
            out.element("h3", "E" + s.number() + ". " + s.statement().text());
            out.open("div", "class", "chart");
            bar("Avant", "bar-before", s.before().mean().orElse(0) / scale.size(),
                    meanText(s.before().mean(), s.before().answered()));
            bar("Après", "bar-after", s.after().mean().orElse(0) / scale.size(),
                    meanText(s.after().mean(), s.after().answered()));
            out.close("div");
            distributionTable(List.of("Avant", "Après"), List.of(s.before(), s.after()));
            out.close("div");
        }
    }

    private String meanText(OptionalDouble mean, int answered) {
        if (mean.isEmpty()) {
            return "aucune réponse";
        }
        return "moyenne " + FrenchNumbers.decimal(mean) + " sur " + scale.size() + " (" + answers(answered) + ")";
    }

    private static String answers(int count) {
        return count + (count > 1 ? " réponses" : " réponse");
    }

    private void distributionTable(List<String> rows, List<Distribution> distributions) {
        out.open("table", "class", "data distribution");
        List<String> headers = new ArrayList<>(List.of("Moment"));
        for (int i = 0; i < scale.size(); i++) {
            headers.add((i + 1) + " – " + scale.get(i));
        }
        headers.add("Réponses");
        headers.add("Moyenne");
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 2;
        columns(widths);
        out.open("thead").open("tr");
        for (int i = 0; i < headers.size(); i++) {
            if (i == 0) {
                out.element("th", headers.get(i), "scope", "col");
            } else {
                out.element("th", headers.get(i), "scope", "col", "class", "number");
            }
        }
        out.close("tr").close("thead");
        out.open("tbody");
        for (int r = 0; r < rows.size(); r++) {
            Distribution d = distributions.get(r);
            out.open("tr");
            out.element("th", rows.get(r), "scope", "row");
            for (int point = 1; point <= scale.size(); point++) {
                out.element("td", Integer.toString(d.count(point)), "class", "number");
            }
            out.element("td", Integer.toString(d.answered()), "class", "number");
            out.element("td", FrenchNumbers.decimal(d.mean()), "class", "number");
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    private void progress() {
        heading(PROGRESS);
        out.element("p", "Moyennes de chaque participant sur les seuls énoncés auxquels il a répondu en arrivant et à la fin"
                + " ; l'écart par énoncé se lit après moins avant (E1 à E" + figures.statements().size()
                + ", voir ci-dessus).");
        List<ParticipantProgress> rows = figures.progress();
        if (rows.isEmpty()) {
            out.element("p", "Personne n'a rejoint la session.");
            return;
        }
        out.open("table", "class", "data");
        columns(18, 20, 11, 11, 12, 28);
        header("Participant", "Service", "Moyenne avant", "Moyenne après", "Progression", "Écart par énoncé");
        out.open("tbody");
        for (ParticipantProgress p : rows) {
            out.open("tr");
            out.element("td", p.participant().pseudonym());
            out.element("td", p.participant().department());
            out.element("td", FrenchNumbers.decimal(p.meanBefore()), "class", "number");
            out.element("td", FrenchNumbers.decimal(p.meanAfter()), "class", "number");
            out.element("td", FrenchNumbers.signed(p.progress()), "class", "number");
            out.element("td", deltas(p));
            out.close("tr");
        }
        out.close("tbody").close("table");
    }

    private String deltas(ParticipantProgress p) {
        if (p.compared() == 0) {
            return "pas de positionnement avant et après";
        }
        List<String> parts = new ArrayList<>();
        for (StatementFigures s : figures.statements()) {
            Integer delta = p.deltas().get(s.statement().id());
            if (delta != null) {
                parts.add("E" + s.number() + "\u00a0" + FrenchNumbers.signed(delta));
            }
        }
        return String.join(" ; ", parts);
    }

    private void situations() {
        heading(SITUATIONS);
        if (figures.situations().isEmpty()) {
            out.element("p", "Aucune situation n'a reçu de réponse.");
            return;
        }
        for (SituationFigures f : figures.situations()) {
            WorkshopSituation situation = f.situation();
            out.open("div", "class", "statement");
            out.element("h3", situation.situation());
            out.open("p").open("strong").text("Réponse attendue : ").close("strong")
                    .text(ReportWords.answer(situation.expected()) + ". ").text(situation.reason()).close("p");
            if (!situation.reflex().isBlank()) {
                out.open("p").open("strong").text("Le bon réflexe : ").close("strong").text(situation.reflex())
                        .close("p");
            }
            List<String> references = situation.references().stream()
                    .map(id -> material.catalogue().reference(id).orElse(id)).toList();
            if (!references.isEmpty()) {
                out.open("p", "class", "note").text("Référence : " + String.join(" ; ", references)).close("p");
            }
            out.open("div", "class", "chart");
            for (SituationAnswer answer : SituationAnswer.values()) {
                boolean expected = answer == situation.expected();
                int count = f.count(answer);
                bar(ReportWords.answer(answer) + (expected ? " (attendue)" : ""), expected ? "bar-expected" : "bar-answer",
                        (double) count / f.votes(), count + " sur " + f.votes());
            }
            out.close("div");
            out.element("p", "Réponses conformes à la réponse attendue : " + f.matching() + " sur " + f.votes() + " ("
                    + FrenchNumbers.percent(f.share()) + ").");
            if (!f.reflexes().isEmpty()) {
                out.element("p", "Réflexes proposés par les participants :", "class", "lead-in");
                out.open("ul");
                f.reflexes().forEach(reflex -> out.element("li", reflex));
                out.close("ul");
            }
            out.close("div");
        }
    }

    private void satisfaction() {
        heading(SATISFACTION);
        SessionFigures.SatisfactionFigures s = figures.satisfaction();
        List<String> satisfactionScale = material.questions().satisfaction().scale();
        out.element("p", s.respondents() == 0 ? "Personne n'a encore répondu au questionnaire de satisfaction."
                : (s.respondents() == 1 ? "1 participant a" : s.respondents() + " participants ont")
                        + " répondu, sur une échelle de 1 à "
                        + satisfactionScale.size() + " : " + scaleText(satisfactionScale) + ".");
        out.open("div", "class", "chart");
        for (int i = 0; i < s.questions().size(); i++) {
            QuestionFigures q = s.questions().get(i);
            bar("Q" + (i + 1), "bar-after", q.answers().mean().orElse(0) / satisfactionScale.size(),
                    q.answers().mean().isEmpty() ? "aucune réponse"
                            : "moyenne " + FrenchNumbers.decimal(q.answers().mean()) + " sur " + satisfactionScale.size());
        }
        out.close("div");
        out.open("table", "class", "data");
        int[] widths = new int[satisfactionScale.size() + 3];
        java.util.Arrays.fill(widths, 9);
        widths[0] = 6;
        widths[1] = 40;
        columns(widths);
        List<String> headers = new ArrayList<>(List.of("N°", "Question"));
        for (int i = 0; i < satisfactionScale.size(); i++) {
            headers.add((i + 1) + " – " + satisfactionScale.get(i));
        }
        headers.add("Moyenne");
        out.open("thead").open("tr");
        for (String h : headers) {
            out.element("th", h, "scope", "col");
        }
        out.close("tr").close("thead").open("tbody");
        for (int i = 0; i < s.questions().size(); i++) {
            QuestionFigures q = s.questions().get(i);
            out.open("tr");
            out.element("td", "Q" + (i + 1), "class", "number");
            out.element("td", q.question().text());
            for (int point = 1; point <= satisfactionScale.size(); point++) {
                out.element("td", Integer.toString(q.answers().count(point)), "class", "number");
            }
            out.element("td", FrenchNumbers.decimal(q.answers().mean()), "class", "number");
            out.close("tr");
        }
        out.close("tbody").close("table");
        out.element("h3", "Commentaires libres");
        if (s.comments().isEmpty()) {
            out.element("p", "Aucun commentaire.");
        } else {
            out.open("ul", "class", "comments");
            s.comments().forEach(comment -> out.element("li", "« " + comment + " »"));
            out.close("ul");
        }
    }

    /** One bar: its label, the bar drawn over a track of the full length, and its figure as text. */
    private void bar(String label, String kind, double share, String value) {
        double length = Math.max(0, Math.min(1, share)) * TRACK_MM;
        out.open("div", "class", "bar-row");
        out.element("span", label, "class", "bar-label");
        out.open("span", "class", "bar-track");
        out.empty("span", "class", "bar " + kind, "style", String.format(Locale.ROOT, "width: %.1fmm", length));
        out.close("span");
        out.element("span", value, "class", "bar-value");
        out.close("div");
    }

    private void heading(Section section) {
        out.element("h2", section.title(), "id", section.id());
    }

    private void header(String... headers) {
        out.open("thead").open("tr");
        for (String h : headers) {
            out.element("th", h, "scope", "col");
        }
        out.close("tr").close("thead");
    }

    /** Column widths as shares of the table's. */
    private void columns(int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        out.open("colgroup");
        for (int weight : weights) {
            out.empty("col", "style", String.format(Locale.ROOT, "width: %.2f%%", 100.0 * weight / total));
        }
        out.close("colgroup");
    }

    private static String scaleText(List<String> scale) {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < scale.size(); i++) {
            points.add((i + 1) + " = " + scale.get(i));
        }
        return String.join(", ", points);
    }

    private static String load(String resource) {
        try (InputStream in = ReportXhtml.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report stylesheet " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
