package fr.charteia.web.api;

import fr.charteia.OutputFormat;
import fr.charteia.document.DocumentKind;
import fr.charteia.web.WebTexts;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Map;

/** Which file {@code POST /api/documents} makes: {@code document=charter|sheet} and {@code format=pdf|docx}. */
record DocumentRequest(DocumentKind document, OutputFormat format) {

    private static final Map<String, DocumentKind> DOCUMENTS = Map.of("charter", DocumentKind.CHARTER,
            "sheet", DocumentKind.SHEET);
    private static final Map<String, OutputFormat> FORMATS = Map.of("pdf", OutputFormat.PDF, "docx", OutputFormat.DOCX);
    private static final Map<OutputFormat, String> CONTENT_TYPES = Map.of(OutputFormat.PDF, "application/pdf",
            OutputFormat.DOCX, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static DocumentRequest of(Context ctx) throws ApiRefusal {
        return new DocumentRequest(choice(ctx, "document", DOCUMENTS), choice(ctx, "format", FORMATS));
    }

    String contentType() {
        return CONTENT_TYPES.get(format);
    }

    private static <T> T choice(Context ctx, String parameter, Map<String, T> allowed) throws ApiRefusal {
        String given = ctx.queryParam(parameter);
        WebTexts texts = WebTexts.of(Locale.FRENCH);
        if (given == null || given.isBlank()) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, texts.get("api." + parameter + ".missing"));
        }
        T value = allowed.get(given);
        if (value == null) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, texts.get("api." + parameter + ".unknown", given));
        }
        return value;
    }
}
