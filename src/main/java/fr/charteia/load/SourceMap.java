package fr.charteia.load;

import java.util.Map;
import java.util.Optional;

/** Where each field path of a loaded questionnaire was written, so findings can point at a line. */
public record SourceMap(Map<String, SourcePosition> positions) {

    public static final SourceMap EMPTY = new SourceMap(Map.of());

    public SourceMap {
        positions = Map.copyOf(positions);
    }

    /** The position of the path, or of its nearest written ancestor ({@code roles[2].kind} → {@code roles[2]}). */
    public Optional<SourcePosition> find(String path) {
        String current = path;
        while (!current.isEmpty()) {
            SourcePosition position = positions.get(current);
            if (position != null) {
                return Optional.of(position);
            }
            current = FieldPaths.parent(current);
        }
        return Optional.empty();
    }
}
