package fr.guichet.requests;

import fr.guichet.documents.PdfText;
import fr.guichet.forms.AnswerSheet;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The PDF receipt (récépissé) of a request: who it was sent to, its reference, when, how, the answers as given and
 * the processing target. Standard Helvetica (WinAnsi) covers French; characters outside it are replaced.
 */
final class ReceiptPdf {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm",
            Locale.FRANCE);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font LABEL = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 10, Font.NORMAL);

    /** What the receipt says. */
    record Content(String authority, Request request, @Nullable Integer processingDays, List<AnswerSheet.Line> answers) {
    }

    private ReceiptPdf() {
    }

    static byte[] write(Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(org.openpdf.text.pdf.PdfName.LANG, new org.openpdf.text.pdf.PdfString("fr-FR"));
        Request request = content.request();
        document.addTitle("Récépissé de dépôt " + request.reference());
        document.addAuthor(content.authority());
        document.open();
        document.add(paragraph(content.authority(), HEADING));
        document.add(paragraph("Récépissé de dépôt de votre demande", TITLE));
        field(document, "Référence", request.reference());
        field(document, "Démarche", request.procedureTitle() + " (version " + request.procedureVersion() + ")");
        field(document, "Déposée le", moment(request.submittedAt()));
        field(document, "Canal", request.channel().label());
        if (request.contactName() != null) {
            field(document, "Demandeur", request.contactName());
        }
        if (request.contactEmail() != null) {
            field(document, "Adresse électronique", request.contactEmail());
        }
        if (content.processingDays() != null) {
            field(document, "Délai de traitement annoncé", content.processingDays() + " jours");
        }
        document.add(paragraph("Vos réponses", HEADING));
        for (AnswerSheet.Line line : content.answers()) {
            switch (line.kind()) {
                case PAGE, SECTION, ENTRY -> document.add(indented(paragraph(line.label(), LABEL), line.depth()));
                case ANSWER -> document.add(indented(answer(line.label(), line.text()), line.depth()));
            }
        }
        document.add(paragraph("Conservez ce récépissé : la référence vous permet de suivre votre demande et de"
                + " la citer dans vos échanges avec la mairie.", TEXT));
        document.close();
        return out.toByteArray();
    }

    private static void field(Document document, String label, String value) {
        document.add(answer(label, value));
    }

    private static Paragraph answer(String label, String value) {
        Paragraph paragraph = new Paragraph();
        paragraph.add(new org.openpdf.text.Chunk(clean(label) + " : ", LABEL));
        paragraph.add(new org.openpdf.text.Chunk(clean(value), TEXT));
        paragraph.setSpacingAfter(3);
        return paragraph;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(clean(text), font);
        paragraph.setSpacingBefore(6);
        paragraph.setSpacingAfter(6);
        paragraph.setAlignment(Element.ALIGN_LEFT);
        return paragraph;
    }

    private static Paragraph indented(Paragraph paragraph, int depth) {
        paragraph.setIndentationLeft(depth * 15f);
        return paragraph;
    }

    static String moment(Instant instant) {
        return MOMENT.format(instant.atZone(References.PARIS));
    }

    static String clean(String text) {
        return PdfText.clean(text);
    }
}
