package fr.charteia.templatecheck;

import java.util.Optional;

/** The French sentences of the template check: what is wrong, then how to fix it. */
final class Messages {

    private Messages() {
    }

    static String unknownName(String tag, String name, String part, Optional<String> suggestion) {
        return "variable inconnue « " + part + " » dans la balise " + tag + name + "}} : ce nom n'existe pas à cet endroit"
                + suggestion.map(s -> " (vouliez-vous dire « " + s + " » ?)").orElse("")
                + " ; les noms permis sont décrits dans templates/README.md";
    }

    static String unknownAtRender(String tag) {
        return "la balise " + tag + " ne correspond à aucune valeur : vérifiez son orthographe parmi les noms décrits "
                + "dans templates/README.md";
    }

    static String rawTag(String name) {
        return "balise brute {{{" + name + "}}} ou {{& " + name + "}} refusée : écrivez {{" + name + "}}, pour que la "
                + "valeur soit échappée pour le Markdown";
    }

    static String missingPartial(String name, String path) {
        return "modèle partiel introuvable : {{> " + name + "}} désigne « " + path + " », qui n'existe ni dans le dossier "
                + "de modèles ni parmi les modèles livrés ; corrigez le nom ou ajoutez le fichier";
    }

    static String deadSection(String name, boolean inverted, String inputs) {
        return "section jamais utilisée : le texte de {{" + (inverted ? "^" : "#") + name + "}} n'est rendu pour aucun "
                + "des questionnaires essayés (" + inputs + ") ; retirez ce texte mort ou corrigez la condition";
    }

    static String unknownTemplate(String file) {
        return "modèle inconnu : charte-ia ne rend aucun document avec « " + file + " » (modèles attendus : "
                + "charter.md.mustache, sheet.md.mustache, et les modèles partiels dans partials/) ; renommez-le ou "
                + "retirez-le";
    }

    static String missingInLanguage(String file, String language, String other) {
        return "« " + file + " » existe en " + other + " mais pas en " + language + " : ajoutez sa traduction dans "
                + language + "/, sinon le document " + language + " ne pourra pas l'inclure";
    }

    static String renderFailure(String input, String reason) {
        return "le rendu échoue avec le questionnaire « " + input + " » : " + reason;
    }

    static String unusable(String reason) {
        return "modèle inutilisable : " + reason;
    }

    static String markdown(String what, String input, String fix) {
        return "Markdown non pris en charge par les rédacteurs Word et PDF : " + what + " (rendu avec « " + input
                + " ») ; " + fix;
    }

    static String tooLong(String input, int pages) {
        return "la fiche ne tient plus sur une page : avec le questionnaire « " + input + " », elle fait " + pages
                + " pages (" + (pages - 1) + " de trop) ; raccourcissez le texte de la fiche";
    }
}
