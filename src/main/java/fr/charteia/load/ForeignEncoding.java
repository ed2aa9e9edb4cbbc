package fr.charteia.load;

/**
 * Recognises a questionnaire saved as UTF-16 (« Unicode » in Notepad, the default of older
 * PowerShell redirections). Without a byte order mark, its ASCII characters decode as valid UTF-8
 * with a zero byte between each, and the parser's complaint would point at the wrong thing.
 */
final class ForeignEncoding {

    /** Enough characters to tell, few enough that a zero byte further down stays someone else's problem. */
    private static final int SAMPLE = 64;

    private ForeignEncoding() {
    }

    static boolean isUtf16(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return true;
        }
        int pairs = Math.min(bytes.length, SAMPLE) / 2;
        if (pairs == 0) {
            return false;
        }
        int zeroFirst = 0;
        int zeroSecond = 0;
        for (int i = 0; i < pairs; i++) {
            byte first = bytes[2 * i];
            byte second = bytes[2 * i + 1];
            zeroFirst += first == 0 && second != 0 ? 1 : 0;
            zeroSecond += first != 0 && second == 0 ? 1 : 0;
        }
        // a questionnaire starts with ASCII keys: in UTF-16 nearly every pair holds one zero byte
        return Math.max(zeroFirst, zeroSecond) * 4 >= pairs * 3;
    }
}
