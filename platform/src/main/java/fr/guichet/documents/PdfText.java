package fr.guichet.documents;

/** Text for PDFs in standard Helvetica (WinAnsi), which covers French. */
public final class PdfText {

    private PdfText() {
    }

    /** Keeps what WinAnsi can show: no-break spaces become spaces, other unknown characters a question mark. */
    public static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\u202f' || c == '\u00a0') {
                kept.append(' ');
            } else if (c < 0x100 || "’‘“”–—…€œŒ".indexOf(c) >= 0) {
                kept.appendCodePoint(c);
            } else {
                kept.append('?');
            }
        });
        return kept.toString();
    }
}
