package fr.charteia.load;

import fr.charteia.load.SchemaProblem.Expected;
import fr.charteia.load.SchemaProblem.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Refuses, in every key and value as read (escapes such as {@code "\u0000"} already decoded), the
 * characters the documents cannot carry: control characters other than tab and line feed, a half
 * of a surrogate pair on its own (the files would change on each round trip), U+FEFF (a byte
 * order mark inside a text fails PDF/A and PDF/UA), and Unicode noncharacters. The file's own
 * leading byte order mark is stripped before parsing and stays accepted.
 */
final class TextCharacters {

    /** Why a character is refused; its name is a term of the messages ({@code term.character.CONTROL}). */
    enum Trouble { CONTROL, BYTE_ORDER_MARK, NONCHARACTER, LONE_SURROGATE }

    private TextCharacters() {
    }

    /**
     * The first refused character of a key or value, as a problem naming it (U+XXXX), why it is
     * refused and its position in the text, counted in characters from 1.
     */
    static Optional<SchemaProblem> check(String text, boolean key, String path, SourcePosition position) {
        int index = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            index++;
            Trouble trouble;
            int codePoint;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                codePoint = text.codePointAt(i);
                trouble = isNoncharacter(codePoint) ? Trouble.NONCHARACTER : null;
            } else {
                codePoint = c;
                trouble = trouble(c);
            }
            if (trouble != null) {
                return Optional.of(new SchemaProblem(Kind.FORBIDDEN_CHARACTER, path, Optional.of(position),
                        String.format(Locale.ROOT, "U+%04X", codePoint), key ? Expected.OTHER : Expected.TEXT,
                        List.of(trouble.name(), String.valueOf(index))));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static Trouble trouble(char c) {
        if (c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F) {
            return Trouble.CONTROL;
        }
        if (Character.isSurrogate(c)) {
            return Trouble.LONE_SURROGATE;
        }
        if (c == '\uFEFF') {
            return Trouble.BYTE_ORDER_MARK;
        }
        return isNoncharacter(c) ? Trouble.NONCHARACTER : null;
    }

    /** U+FDD0 to U+FDEF, and the last two code points of every plane. */
    private static boolean isNoncharacter(int codePoint) {
        return codePoint >= 0xFDD0 && codePoint <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * After a syntax error: the first character the reader refuses when written as is in the file
     * (YAML: control characters but tab and line breaks, C1 controls, U+FFFE and U+FFFF; JSON:
     * control characters), named with its line and column. The reader's own message would point
     * elsewhere, or at the start of the file.
     */
    static Optional<LoadFailure> writtenAsIs(String name, String text, QuestionnaireFormat format) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean refused = format == QuestionnaireFormat.YAML ? !StreamReader.isPrintable(codePoint)
                    : codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
            if (refused) {
                return Optional.of(new LoadFailure(name, LoadFailure.Reason.FORBIDDEN_CHARACTER,
                        Optional.of(new SourcePosition(line, column)), List.of(String.format(Locale.ROOT, "U+%04X", codePoint))));
            }
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }
}
