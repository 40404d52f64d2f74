package fr.guichet.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names as browsers send them, made safe to store, show and offer for download. */
class AttachmentFileNamesTest {

    @Test
    void foldersControlAndInvisibleCharactersGo() {
        assertThat(FileNames.sanitise("C:\\Users\\claire\\Documents\\acte.pdf")).isEqualTo("acte.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("facture\u202Efdp.exe")).as("a right-to-left override no longer disguises it")
                .isEqualTo("facturefdp.exe");
        assertThat(FileNames.sanitise("ligne\nsuivante\t.pdf")).isEqualTo("lignesuivante.pdf");
        assertThat(FileNames.sanitise("a<b>c:d\"e|f?g*.pdf")).isEqualTo("a_b_c_d_e_f_g_.pdf");
    }

    @Test
    void blanksAndDotsAroundGoAndAnEmptyNameGetsOne() {
        assertThat(FileNames.sanitise("  .cache   acte   de naissance.pdf. ")).isEqualTo("cache acte de naissance.pdf");
        assertThat(FileNames.sanitise("...")).isEqualTo("document");
        assertThat(FileNames.sanitise("")).isEqualTo("document");
    }

    @Test
    void accentsAreKeptInOneFormAndLongNamesKeepTheirExtension() {
        assertThat(FileNames.sanitise("e\u0301te\u0301.pdf")).isEqualTo("\u00e9t\u00e9.pdf");
        String longName = "a".repeat(300) + ".pdf";
        assertThat(FileNames.sanitise(longName)).hasSize(255).endsWith("a.pdf");
    }

    @Test
    void extensionsAreReadAndReplaced() {
        assertThat(FileNames.extension("Photo.JPEG")).isEqualTo("jpeg");
        assertThat(FileNames.extension("sans extension")).isEmpty();
        assertThat(FileNames.extension(".bashrc")).isEmpty();
        assertThat(FileNames.withExtension("photo.jpeg", "jpg")).isEqualTo("photo.jpg");
        assertThat(FileNames.withExtension("scan", "pdf")).isEqualTo("scan.pdf");
    }

    @Test
    void sizesReadInFrench() {
        assertThat(FileSizes.french(812)).isEqualTo("812 octets");
        assertThat(FileSizes.french(120 * 1024)).isEqualTo("120 Ko");
        assertThat(FileSizes.french(5L * 1024 * 1024)).isEqualTo("5 Mo");
        assertThat(FileSizes.french(7L * 1024 * 1024 + 150 * 1024)).isEqualTo("7,2 Mo");
    }
}
