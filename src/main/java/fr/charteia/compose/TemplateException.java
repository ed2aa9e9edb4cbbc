package fr.charteia.compose;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheNotFoundException;
import com.github.mustachejava.TemplateContext;
import fr.charteia.internal.StrictMustacheFactory;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A template is missing, unreadable or refers to something the view model does not have. The
 * message is French and says which file, what is wrong and how to fix it; the command line puts
 * it in its « Problème de modèle : … » sentence.
 */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A file the templates must hold is in neither the folder nor the jar (a jar built without it). */
    static TemplateException missing(String name) {
        return new TemplateException("le fichier de modèle « " + name + " » manque : reprenez-le dans le dossier templates/ "
                + "livré avec charte-ia");
    }

    /**
     * A YAML data file of the templates ({@code situations.yaml}, {@code references.yaml}) that does
     * not read: its syntax, a key it should not have, or a value of the wrong shape, with the place.
     */
    static TemplateException unreadableData(String file, String shippedName, JsonProcessingException e) {
        StreamReadException syntax = null;
        for (Throwable cause = e; cause != null && syntax == null; cause = cause.getCause()) {
            // Jackson wraps a syntax error met inside a list in a binding error
            syntax = cause instanceof StreamReadException read ? read : null;
        }
        String where = where(syntax != null ? syntax.getLocation() : e.getLocation());
        String what;
        if (syntax != null) {
            what = "erreur de syntaxe YAML" + where + " : vérifiez l'indentation (des espaces, alignés), les deux-points "
                    + "(« clé: valeur ») et les guillemets";
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(Objects::toString).sorted().collect(Collectors.joining(", "));
            // Jackson places it after the value, not at the key: the key's name says where
            what = "la clé « " + unknown.getPropertyName() + " » n'est pas prévue"
                    + (known.isEmpty() ? "" : " (clés possibles : " + known + ")") + " : corrigez-la ou retirez-la";
        } else {
            String field = e instanceof DatabindException databind ? path(databind) : "";
            what = "une valeur n'a pas la forme attendue" + where + (field.isEmpty() ? "" : " (" + field + ")")
                    + " : suivez la forme du fichier livré templates/" + shippedName;
        }
        return new TemplateException("le fichier de modèle « " + file + " » ne se lit pas : " + what, e);
    }

    /**
     * A Mustache template that does not compile or render: the strict rules' French reason, a
     * partial that does not exist, or a syntax mistake, with the file and line; a problem met
     * while reading the file (a link leading outside the folder) as it was raised.
     */
    static TemplateException fromMustache(TemplateSet templates, String template, MustacheException e) {
        MustacheException mustache = e;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateException reading) {
                return reading;
            }
            if (cause instanceof StrictMustacheFactory.Refusal refusal) {
                // Mustache wraps what a value code throws while rendering; the refusal knows the place
                mustache = refusal;
            }
        }
        TemplateContext context = mustache.getContext();
        String file = templates.describe(context != null && context.file() != null ? context.file() : template);
        String line = context != null && context.line() > 0 ? ", ligne " + context.line() : "";
        String what;
        if (mustache instanceof StrictMustacheFactory.Refusal refusal) {
            what = refusal.reason();
        } else if (mustache instanceof MustacheNotFoundException notFound) {
            what = "le modèle partiel « " + notFound.getName() + " » n'existe ni dans le dossier de modèles ni parmi les "
                    + "modèles livrés : vérifiez son nom (chemin relatif au dossier du modèle qui l'inclut)";
        } else {
            what = "la syntaxe Mustache est incorrecte : vérifiez que chaque {{#section}} ou {{^section}} est fermée par "
                    + "{{/section}} du même nom, et que chaque balise se termine par }}";
        }
        return new TemplateException("le modèle « " + file + " »" + line + " : " + what, e);
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (ligne " + location.getLineNr() + ", colonne " + location.getColumnNr() + ")";
    }

    /** « entrée n° 2, clé when.uses », counted from 1 as a reader counts, from Jackson's path. */
    private static String path(DatabindException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder entry = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                keys.append(keys.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0 && entry.length() == 0 && keys.length() == 0) {
                entry.append("entrée n° ").append(reference.getIndex() + 1);
            }
        }
        if (keys.length() == 0) {
            return entry.toString();
        }
        return (entry.length() == 0 ? "" : entry + ", ") + "clé " + keys;
    }
}
