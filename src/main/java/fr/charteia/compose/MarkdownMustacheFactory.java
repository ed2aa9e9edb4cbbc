package fr.charteia.compose;

import com.github.mustachejava.MustacheException;
import fr.charteia.internal.StrictMustacheFactory;
import java.io.IOException;
import java.io.Writer;

/** Strict Mustache whose values are escaped for Markdown, so answers always print literally. */
final class MarkdownMustacheFactory extends StrictMustacheFactory {

    MarkdownMustacheFactory(TemplateSet templates) {
        super(templates);
    }

    @Override
    public void encode(String value, Writer writer) {
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
