package fr.charteia.web.drafts;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/** A draft's name in URLs and in the workspace: 16 lower-case hexadecimal digits, made by the server. */
public record DraftId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{16}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public DraftId {
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a draft id: " + value);
        }
    }

    static DraftId random() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return new DraftId(HexFormat.of().formatHex(bytes));
    }

    /** The id a URL segment names, if it has the shape of one; anything else never reaches a file name. */
    public static Optional<DraftId> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new DraftId(text)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
