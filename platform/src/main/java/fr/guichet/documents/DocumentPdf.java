package fr.guichet.documents;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A one-page letter as PDF: the commune's name, the recipient's address block (for letters to post), the date, a
 * title and the text in paragraphs. Standard Helvetica (WinAnsi) covers French; characters outside it are replaced.
 */
final class DocumentPdf {

    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11, Font.NORMAL);

    /** What the letter says; {@code address} is empty for a document handed over online. */
    record Content(String authority, List<String> address, String date, String title, String body) {
    }

    private DocumentPdf() {
    }

    static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 60, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("fr-FR"));
        document.addTitle(clean(content.title()));
        document.addAuthor(clean(content.authority()));
        document.open();
        document.add(paragraph(content.authority(), HEADING, Element.ALIGN_LEFT));
        if (!content.address().isEmpty()) {
            Paragraph address = new Paragraph(clean(String.join("\n", content.address())), TEXT);
            address.setIndentationLeft(260);
            address.setSpacingBefore(30);
            address.setSpacingAfter(30);
            document.add(address);
        }
        document.add(paragraph(content.date(), TEXT, Element.ALIGN_RIGHT));
        document.add(paragraph(content.title(), TITLE, Element.ALIGN_LEFT));
        for (String part : content.body().strip().split("\\R\\s*\\R")) {
            document.add(paragraph(part.strip(), TEXT, Element.ALIGN_LEFT));
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph paragraph(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(clean(text), font);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(6);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static String clean(String text) {
        return PdfText.clean(text);
    }
}
