package fr.charteia;

import fr.charteia.document.DocumentKind;

/** One file of a department's documents, in memory: its name in the output folder and its bytes. */
public record RenderedFile(String fileName, DocumentKind kind, OutputFormat format, byte[] bytes) {

    public RenderedFile {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
