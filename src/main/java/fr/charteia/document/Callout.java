package fr.charteia.document;

import java.util.Locale;
import org.commonmark.node.CustomBlock;

/** A key message in a shaded, bordered box: a {@code > [!NOTE]} block of the templates. */
public final class Callout extends CustomBlock {

    /** The GitHub alert types; each writer gives each its own colour. */
    public enum Type {
        NOTE, TIP, IMPORTANT, WARNING, CAUTION;

        static Type parse(String marker) {
            return valueOf(marker.toUpperCase(Locale.ROOT));
        }
    }

    private final Type type;

    public Callout(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }
}
