package fr.charteia.room.report;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.DocumentSet;
import fr.charteia.OutputFormat;
import fr.charteia.QuestionnaireSource;
import fr.charteia.RenderedFile;
import fr.charteia.Toolkit;
import fr.charteia.document.DocumentKind;
import fr.charteia.output.AtomicFiles;
import fr.charteia.room.Participant;
import fr.charteia.validation.Finding;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The trainer's archive: every participant's charter, sheet and questionnaire, and the session report in
 * PDF and XLSX, in one zip written whole or not at all.
 *
 * <p>Each participant has a folder {@code NN-pseudonym-department} (numbered in joining order, ASCII
 * letters, digits and hyphens) with their questionnaire as YAML and, when it has no error, their
 * charter and sheet in Word and PDF. A questionnaire with errors comes with {@code constats.txt}, the
 * findings in French, instead of the documents; one participant's trouble never stops the others'.
 */
public final class SessionArchive {

    static final String REPORT_PDF = "rapport-de-session.pdf";
    static final String REPORT_XLSX = "rapport-de-session.xlsx";
    static final String FINDINGS = "constats.txt";
    private static final int LONGEST_NAME = 40;

    private SessionArchive() {
    }

    /** Writes the archive to {@code zip}: to a temporary file beside it, renamed once complete. */
    public static void write(SessionMaterial material, Toolkit toolkit, Path zip) throws IOException {
        AtomicFiles.write(zip, bytes(material, toolkit));
    }

    static byte[] bytes(SessionMaterial material, Toolkit toolkit) throws IOException {
        long time = material.room().opened().toEpochMilli();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024 * 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(out, REPORT_PDF, SessionReport.pdf(material), time);
            entry(out, REPORT_XLSX, SessionReport.workbook(material), time);
            List<Participant> participants = material.room().participants();
            for (int i = 0; i < participants.size(); i++) {
                Participant participant = participants.get(i);
                String folder = folder(i + 1, participant);
                for (Document document : documents(material, toolkit, participant)) {
                    entry(out, folder + document.name(), document.bytes(), time);
                }
            }
        }
        return bytes.toByteArray();
    }

    private record Document(String name, byte[] bytes) {
    }

    /** One participant's files: never throws, a failure becomes their {@code constats.txt}. */
    private static List<Document> documents(SessionMaterial material, Toolkit toolkit, Participant participant) {
        byte[] draft = material.drafts().get(participant.id());
        if (draft == null) {
            return List.of(new Document(FINDINGS, text(who(participant) + " : aucun questionnaire n'a été enregistré"
                    + " pour ce participant ; il n'a ni charte ni fiche.\n")));
        }
        String stem = "questionnaire-" + safe(participant.department(), "service");
        List<Document> documents = new ArrayList<>();
        documents.add(new Document(stem + ".yaml", draft));
        try {
            CheckedQuestionnaire checked = toolkit.validate(
                    new QuestionnaireSource(stem + ".yaml", draft, material.draftFolder()), Locale.FRENCH);
            if (!checked.valid()) {
                documents.add(new Document(FINDINGS, text(findings(participant, stem + ".yaml", checked.report().findings()))));
                return documents;
            }
            DocumentSet set = toolkit.render(checked, List.of(DocumentKind.CHARTER, DocumentKind.SHEET),
                    List.of(OutputFormat.DOCX, OutputFormat.PDF));
            for (RenderedFile file : set.files()) {
                documents.add(new Document(file.fileName(), file.bytes()));
            }
        } catch (RuntimeException e) {
            // a template or the layout refused this questionnaire: the others still get their documents
            documents.add(new Document(FINDINGS, text(who(participant) + " : la charte et la fiche n'ont pas pu être"
                    + " produites à partir de « " + stem + ".yaml ».\nCause : " + reason(e) + "\nOuvrez ce questionnaire"
                    + " avec « charte-ia validate » ou dans le navigateur pour le corriger, puis relancez l'export.\n")));
        }
        return documents;
    }

    private static String findings(Participant participant, String file, List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        StringBuilder text = new StringBuilder();
        text.append(who(participant)).append(" : le questionnaire « ").append(file).append(" » a ").append(errors)
                .append(errors > 1 ? " erreurs" : " erreur")
                .append(" ; sa charte et sa fiche n'ont pas été produites.\n")
                .append("Corrigez-les dans le navigateur (ou avec « charte-ia validate »), puis relancez l'export.\n\n");
        for (Finding finding : findings) {
            text.append("- ").append(finding.isError() ? "erreur" : "avertissement");
            finding.position().ifPresent(position -> text.append(", ligne ").append(position.line()));
            if (!finding.path().isBlank()) {
                text.append(", ").append(finding.path());
            }
            text.append(" : ").append(finding.message()).append('\n');
        }
        return text.toString();
    }

    private static String who(Participant participant) {
        return participant.pseudonym() + " (" + participant.department() + ")";
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "erreur inattendue lors de la mise en page" : message;
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        // dated when the room opened, so that the same session gives the same archive
        entry.setTime(time);
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** {@code 01-camille-cardiologie/}: the participant's number, pseudonym and department as a safe folder name. */
    static String folder(int number, Participant participant) {
        return String.format(Locale.ROOT, "%02d-%s-%s/", number, safe(participant.pseudonym(), "participant"),
                safe(participant.department(), "service"));
    }

    /** ASCII letters, digits and hyphens only, lower case, accents dropped: a name every system and zip tool takes. */
    static String safe(String name, String fallback) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String stem = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.length() > LONGEST_NAME) {
            stem = stem.substring(0, LONGEST_NAME).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? fallback : stem;
    }
}
