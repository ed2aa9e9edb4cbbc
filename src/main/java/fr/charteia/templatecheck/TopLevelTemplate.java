package fr.charteia.templatecheck;

import fr.charteia.CheckedQuestionnaire;
import fr.charteia.compose.DocumentComposer;
import fr.charteia.document.DocumentKind;
import fr.charteia.model.DocumentLanguage;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A template the toolkit renders as a document, as the check needs to know it.
 *
 * @param file its name inside a language folder ({@code charter.md.mustache})
 * @param view the record type its names are looked up in
 * @param inputs the files (by the name reports give them) it is rendered with, in one language; files
 *     of the same function are validated once for every template sharing it
 * @param viewOf its view built from one of those files once validated, empty when the file is not of
 *     its kind
 * @param kind the document it becomes, for its identity (cartouche, header) and the sheet's page budget
 */
record TopLevelTemplate(String file, Class<?> view, Function<DocumentLanguage, Map<String, byte[]>> inputs,
        BiFunction<DocumentComposer, CheckedQuestionnaire, Optional<Object>> viewOf, DocumentKind kind) {
}
