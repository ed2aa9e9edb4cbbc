package fr.charteia.room.report;

import fr.charteia.Toolkit;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The trainer's archive: every participant's charter, sheet and questionnaire, and the session report in
 * PDF and XLSX, in one zip written whole or not at all.
 */
public final class SessionArchive {

    private SessionArchive() {
    }

    /** Writes the archive to {@code zip}. */
    public static void write(SessionMaterial material, Toolkit toolkit, Path zip) throws IOException {
        throw new UnsupportedOperationException("skeleton: the archive is being written (issue 12)");
    }
}
