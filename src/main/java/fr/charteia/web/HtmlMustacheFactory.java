package fr.charteia.web;

import com.github.mustachejava.util.HtmlEscaper;
import fr.charteia.internal.StrictMustacheFactory;
import java.io.Writer;

/** The web pages' Mustache: every value HTML-escaped (raw tags are refused), every name must resolve. */
final class HtmlMustacheFactory extends StrictMustacheFactory {

    HtmlMustacheFactory(String resourceRoot) {
        super(resourceRoot);
    }

    @Override
    public void encode(String value, Writer writer) {
        HtmlEscaper.escape(value, writer);
    }

    @Override
    protected String escapingPurpose() {
        return "échappée pour HTML";
    }
}
