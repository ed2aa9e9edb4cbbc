package fr.charteia.validation;

import fr.charteia.load.FieldPaths;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Writes a Bean Validation path the way the user wrote the YAML: {@code authorised[2].human_validation}. */
final class FieldPathFormatter {

    private FieldPathFormatter() {
    }

    static String format(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.isInIterable()) {
                out.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(FieldPaths.yamlKey(node.getName()));
            }
        }
        return out.toString();
    }
}
