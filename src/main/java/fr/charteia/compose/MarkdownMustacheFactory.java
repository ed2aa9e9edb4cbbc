package fr.charteia.compose;

import com.github.mustachejava.MustacheException;
import fr.charteia.internal.StrictMustacheFactory;
import java.io.IOException;
import java.io.Writer;

/**
 * Strict Mustache whose values are escaped for Markdown, so answers always print literally. Open
 * to the template check, which compiles the same templates with instrumented codes.
 */
public class MarkdownMustacheFactory extends StrictMustacheFactory {

    public MarkdownMustacheFactory(TemplateSet templates) {
        super(templates);
    }

    @Override
    public final void encode(String value, Writer writer) {
        try {
            writer.write(MarkdownEscaper.escape(value));
        } catch (IOException e) {
            throw new MustacheException("Cannot write the template output", e);
        }
    }

    @Override
    protected String escapingPurpose() {
        return "échappée pour le Markdown";
    }
}
