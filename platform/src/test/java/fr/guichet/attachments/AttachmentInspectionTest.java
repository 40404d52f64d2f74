package fr.guichet.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks of an uploaded file: its type told by its content, never by its name; its size; its name. */
class AttachmentInspectionTest {

    private static final List<String> PDF_JPG_PNG = List.of("pdf", "jpg", "png");
    private static final long FIVE_MO = 5L * 1024 * 1024;

    @Test
    void realPdfPngAndJpegAreRecognisedFromTheirBytes() {
        assertThat(passed(SampleFiles.pdf(), "acte.pdf").type().toString()).isEqualTo("application/pdf");
        assertThat(passed(SampleFiles.png(), "photo.png").type().toString()).isEqualTo("image/png");
        assertThat(passed(SampleFiles.jpeg(), "photo.jpg").type().toString()).isEqualTo("image/jpeg");
    }

    @Test
    void aWindowsProgramNamedPdfIsRefusedForWhatItIs() {
        assertThat(refusal(SampleFiles.windowsExecutable(), "facture.pdf", List.of("pdf")))
                .isEqualTo("Ce fichier est un programme Windows ; formats acceptés : PDF.");
    }

    @Test
    void aZipNamedDocxIsAnArchiveWhateverItsName() {
        assertThat(refusal(SampleFiles.zip(), "rapport.docx", PDF_JPG_PNG))
                .isEqualTo("Ce fichier est une archive ZIP ; formats acceptés : PDF, JPG, PNG.");
        assertThat(refusal(SampleFiles.zip(), "rapport.docx", List.of("pdf", "docx")))
                .as("even where Word documents are accepted, a plain archive is not one")
                .isEqualTo("Ce fichier est une archive ZIP ; formats acceptés : PDF, DOCX.");
    }

    @Test
    void aWordDocumentIsNamedAsSuchAndAcceptedWhereWordIs() {
        assertThat(refusal(SampleFiles.docx(), "lettre.docx", PDF_JPG_PNG))
                .isEqualTo("Ce fichier est un document Word ; formats acceptés : PDF, JPG, PNG.");
        assertThat(passed(SampleFiles.docx(), "lettre.docx", List.of("pdf", "docx")).name()).isEqualTo("lettre.docx");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal(new byte[0], "vide.pdf", PDF_JPG_PNG))
                .isEqualTo("Ce fichier est vide : choisissez un autre fichier.");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithBothSizesInMo() {
        byte[] big = SampleFiles.pdfOfSize(7 * 1024 * 1024 + 200 * 1024);
        assertThat(refusal(big, "scan.pdf", PDF_JPG_PNG, FIVE_MO))
                .isEqualTo("Ce fichier pèse 7,2 Mo ; la taille maximale est de 5 Mo.");
        assertThat(passed(SampleFiles.pdfOfSize((int) FIVE_MO), "scan.pdf", PDF_JPG_PNG, FIVE_MO).content())
                .as("exactly the limit passes").hasSize((int) FIVE_MO);
    }

    @Test
    void aNameThatLiesAboutAnAcceptedTypeIsRefused() {
        assertThat(refusal(SampleFiles.png(), "justificatif.pdf", PDF_JPG_PNG)).isEqualTo("Ce fichier est une image"
                + " PNG mais son nom se termine par « .pdf » : renommez-le en « .png » puis joignez-le à nouveau.");
    }

    @Test
    void aMissingOrOtherSpellingOfTheExtensionIsMadeTruthful() {
        assertThat(passed(SampleFiles.jpeg(), "photo.jpeg").name()).isEqualTo("photo.jpg");
        assertThat(passed(SampleFiles.pdf(), "scan").name()).isEqualTo("scan.pdf");
        assertThat(passed(SampleFiles.pdf(), "compte.rendu.2024").name()).isEqualTo("compte.rendu.2024.pdf");
    }

    @Test
    void textFormatsAcceptPlainTextButNotAWebPage() {
        byte[] csv = "nom;prénom\nMartin;Claire\n".getBytes(StandardCharsets.UTF_8);
        assertThat(passed(csv, "liste.csv", List.of("csv")).name()).isEqualTo("liste.csv");
        byte[] html = "<!DOCTYPE html><html><head><script>alert(1)</script></head></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(html, "notes.txt", List.of("txt")))
                .isEqualTo("Ce fichier est une page web (HTML) ; formats acceptés : TXT.");
    }

    @Test
    void unknownBytesAreRefusedAsUnrecognised() {
        byte[] noise = new byte[64];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i * 37 + 3);
        }
        assertThat(refusal(noise, "document.pdf", PDF_JPG_PNG))
                .isEqualTo("Le format de ce fichier n’a pas pu être reconnu ; formats acceptés : PDF, JPG, PNG.");
    }

    @Test
    void theBrowserIsOfferedEachExtensionAndItsMediaType() {
        assertThat(FileTypes.browserAccept(List.of("pdf", "jpg"))).containsExactly(".pdf", "application/pdf", ".jpg",
                "image/jpeg");
    }

    @Test
    void onlyImagesAndPdfArePreviewed() {
        assertThat(FileTypes.previewable("application/pdf")).isTrue();
        assertThat(FileTypes.previewable("image/png")).isTrue();
        assertThat(FileTypes.previewable("image/svg+xml")).as("SVG can hold scripts").isFalse();
        assertThat(FileTypes.previewable("text/html")).isFalse();
    }

    private static Inspection.Passed passed(byte[] content, String name) {
        return passed(content, name, PDF_JPG_PNG);
    }

    private static Inspection.Passed passed(byte[] content, String name, List<String> accepted) {
        return passed(content, name, accepted, FIVE_MO);
    }

    private static Inspection.Passed passed(byte[] content, String name, List<String> accepted, long limit) {
        Inspection.Verdict verdict = inspect(content, name, accepted, limit);
        assertThat(verdict).isInstanceOf(Inspection.Passed.class);
        return (Inspection.Passed) verdict;
    }

    private static String refusal(byte[] content, String name, List<String> accepted) {
        return refusal(content, name, accepted, FIVE_MO);
    }

    private static String refusal(byte[] content, String name, List<String> accepted, long limit) {
        Inspection.Verdict verdict = inspect(content, name, accepted, limit);
        assertThat(verdict).isInstanceOf(Inspection.Refusal.class);
        return ((Inspection.Refusal) verdict).message();
    }

    private static Inspection.Verdict inspect(byte[] content, String name, List<String> accepted, long limit) {
        try {
            return Inspection.inspect(accepted, limit, name, new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
