package fr.charteia.render.docx;

import fr.charteia.document.DocumentFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: writes sample files to look at, for example after converting them with LibreOffice
 * ({@code soffice --headless --convert-to pdf}). Argument: the output folder (default /tmp/docx-look).
 */
public final class LookAtDocx {

    private LookAtDocx() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/docx-look");
        Files.createDirectories(folder);
        DocxWriter writer = new DocxWriter();
        Files.write(folder.resolve("conventions.docx"), writer.write(DocxSamples.conventions()));
        Files.write(folder.resolve("conventions-logo.docx"), writer.write(DocxSamples.tree(
                DocumentFixtures.conventionsMarkdown(),
                DocxSamples.withLogo(DocumentFixtures.charterMeta()))));
        Files.write(folder.resolve("sheet.docx"), writer.write(DocxSamples.tree(
                DocumentFixtures.conventionsMarkdown(),
                DocxSamples.asSheet(DocxSamples.withLogo(DocumentFixtures.charterMeta())))));
        Files.write(folder.resolve("sheet-realistic.docx"), writer.write(DocxSamples.tree(sheetMarkdown(),
                DocxSamples.asSheet(DocxSamples.withLogo(DocumentFixtures.charterMeta())))));
        Files.write(folder.resolve("long.docx"), writer.write(DocxSamples.tree(longMarkdown(),
                DocumentFixtures.charterMeta())));
    }

    /** A best-practice sheet of the expected size, to check that it holds on one page. */
    static String sheetMarkdown() {
        StringBuilder md = new StringBuilder("<!-- cartouche -->\n\n## Ce que je peux faire\n\n");
        for (int i = 1; i <= 6; i++) {
            md.append("- Utiliser Copilot (licence établissement) pour reformuler un document interne, en relisant tout.\n");
        }
        md.append("\n## Ce que je ne dois jamais faire\n\n");
        for (int i = 1; i <= 6; i++) {
            md.append("- Saisir un nom, un IPP, un NIR ou tout élément identifiant dans un outil grand public.\n");
        }
        md.append("\n> [!IMPORTANT]\n> Tout ce qui n'est pas autorisé est **interdit**.\n\n");
        md.append("## Quelles données dans quel outil ?\n\n| Outil | Patient identifiant | Pseudonymisé | Interne | Public |\n")
                .append("|---|---|---|---|---|\n");
        String[] tools = {"Assistant grand public", "Copilot (licence établissement)", "Dictée vocale HDS",
            "Outil institutionnel", "Traducteur en ligne"};
        for (String tool : tools) {
            md.append("| ").append(tool).append(" | <mark class=\"forbidden\">Interdit</mark> | ")
                    .append("<mark class=\"conditional\">Sous conditions</mark> | ")
                    .append("<mark class=\"authorised\">Autorisé</mark> | <mark class=\"authorised\">Autorisé</mark> |\n");
        }
        md.append("\n## Cinq réflexes avant d'utiliser un outil\n\n");
        for (int i = 1; i <= 5; i++) {
            md.append(i).append(". Je vérifie que l'outil est autorisé pour ces données et je relis ce qu'il produit.\n");
        }
        md.append("\n## Qui appeler\n\n| Pour | Contact | Téléphone |\n|---|---|---|\n")
                .append("| Données personnelles | Claire Morvan, DPO | 01 23 45 67 89 |\n")
                .append("| Sécurité informatique | RSSI | 01 23 45 67 00 |\n")
                .append("| Incident | Fiche d'événement indésirable | intranet |\n");
        return md.toString();
    }

    /** Several pages: a long table that crosses a page, headings near page feet, many list items. */
    static String longMarkdown() {
        StringBuilder markdown = new StringBuilder(DocumentFixtures.conventionsMarkdown());
        for (int section = 3; section <= 6; section++) {
            markdown.append("\n# ").append(section).append(". Section de remplissage\n\n");
            for (int p = 0; p < 4; p++) {
                markdown.append("Les professionnels vérifient chaque contenu produit par un outil d'IA générative avant ")
                        .append("tout usage, restent dans leur rôle et leurs compétences, et ne saisissent aucune donnée ")
                        .append("identifiante dans un outil non autorisé.\n\n");
            }
            markdown.append("## ").append(section).append(".1 Sous-section\n\n");
            markdown.append("| Usage | Rôles | Conditions |\n|---|---|---|\n");
            for (int row = 1; row <= 12; row++) {
                markdown.append("| Usage ").append(row).append(" | Infirmier·ère, médecin | Relire et valider ")
                        .append("chaque production avant usage ; aucune donnée identifiante. |\n");
            }
        }
        return markdown.toString();
    }
}
