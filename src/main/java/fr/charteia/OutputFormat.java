package fr.charteia;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files a document can be written as. */
public enum OutputFormat {
    /** Word, for those who edit or sign in an office suite. */
    DOCX("docx"),
    /** PDF/A-3a and PDF/UA-1, the version to circulate and archive. */
    PDF("pdf"),
    /** The Markdown the documents are made from, to proofread or adapt the templates. */
    MARKDOWN("md");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot; also the name of the format on the command line. */
    public String extension() {
        return extension;
    }

    public static Optional<OutputFormat> ofExtension(String extension) {
        String wanted = extension.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst();
    }
}
