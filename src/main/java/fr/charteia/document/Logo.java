package fr.charteia.document;

/** The organisation's logo, already read and checked: PNG or JPEG bytes with their pixel size. */
public record Logo(byte[] bytes, Format format, int widthPx, int heightPx, String description) {

    public enum Format { PNG, JPEG }

    public Logo {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
