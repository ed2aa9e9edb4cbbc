package fr.charteia.document;

import java.util.Optional;

/**
 * What looking for the questionnaire inside a document found: the questionnaire, or why it is not
 * there, so that {@code extract} can tell the user what happened to their file.
 *
 * @param partsFound    for {@link Outcome#INCOMPLETE}, how many pieces of the questionnaire are left
 * @param partsExpected for {@link Outcome#INCOMPLETE}, how many there were
 */
public record SourceLookup(Outcome outcome, Optional<SourceAttachment> source, int partsFound, int partsExpected) {

    public enum Outcome {
        /** The questionnaire, intact. */
        FOUND,
        /** No questionnaire, but the document names charte-ia as its maker: another programme re-saved it and dropped it. */
        DROPPED,
        /** No questionnaire and no trace of charte-ia: another tool made it, or erased every trace when re-saving. */
        NO_TRACE,
        /** Some of the pieces the questionnaire was stored in are missing. */
        INCOMPLETE,
        /** The questionnaire is there but does not decode, or differs from what was stored (size or fingerprint). */
        ALTERED,
        /** What is stored unpacks to more than any questionnaire: reading stopped at the loader's limit. */
        TOO_LARGE,
        /** The document is protected by a password, so nothing inside it can be read. */
        PROTECTED
    }

    public static SourceLookup found(SourceAttachment source) {
        return new SourceLookup(Outcome.FOUND, Optional.of(source), 0, 0);
    }

    public static SourceLookup dropped() {
        return new SourceLookup(Outcome.DROPPED, Optional.empty(), 0, 0);
    }

    public static SourceLookup noTrace() {
        return new SourceLookup(Outcome.NO_TRACE, Optional.empty(), 0, 0);
    }

    public static SourceLookup incomplete(int partsFound, int partsExpected) {
        return new SourceLookup(Outcome.INCOMPLETE, Optional.empty(), partsFound, partsExpected);
    }

    public static SourceLookup altered() {
        return new SourceLookup(Outcome.ALTERED, Optional.empty(), 0, 0);
    }

    public static SourceLookup tooLarge() {
        return new SourceLookup(Outcome.TOO_LARGE, Optional.empty(), 0, 0);
    }

    public static SourceLookup passwordProtected() {
        return new SourceLookup(Outcome.PROTECTED, Optional.empty(), 0, 0);
    }

    /** Absent, the outcome explains why. */
    public static SourceLookup absent(boolean madeByCharteIa) {
        return madeByCharteIa ? dropped() : noTrace();
    }
}
