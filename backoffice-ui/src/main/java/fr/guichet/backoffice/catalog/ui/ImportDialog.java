package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.guichet.catalog.InvalidProcedureFile;
import fr.guichet.catalog.Procedure;
import fr.guichet.catalog.ProcedureFile;
import fr.guichet.catalog.ProcedureFiles;
import java.util.List;
import java.util.function.Consumer;

/**
 * Importing a procedure file (exported from another commune, or a template): it becomes a new draft of the commune,
 * or is refused with every problem of the file, in French and with where it is in the file.
 */
class ImportDialog extends Dialog {

    private final Div problems = new Div();
    private final Upload upload = new Upload();

    ImportDialog(ProcedureFiles files, Consumer<Procedure> imported) {
        setHeaderTitle(getTranslation("backoffice.import.title"));
        problems.getElement().setAttribute("role", "alert");
        problems.addClassName("import-problems");
        UI ui = UI.getCurrent();
        // The server reads at most one byte more than the limit: the parser refuses larger files in French, and a
        // browser that ignores the client-side limit cannot make the server hold a large upload in memory.
        upload.setUploadHandler(event -> {
            String name = event.getFileName();
            byte[] content = event.getInputStream().readNBytes(ProcedureFile.MAX_BYTES + 1);
            try {
                Procedure procedure = files.importFile(content);
                ui.access(() -> {
                    close();
                    imported.accept(procedure);
                });
            } catch (InvalidProcedureFile refused) {
                ui.access(() -> {
                    upload.clearFileList();
                    showProblems(getTranslation("backoffice.import.refused", name), refused.problems());
                });
            }
        });
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(ProcedureFile.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(frenchUploadTexts());
        upload.getElement().setAttribute("aria-label", getTranslation("backoffice.import.file"));
        upload.addFileRejectedListener(rejected -> showProblems(getTranslation("backoffice.import.rejected"),
                List.of()));
        add(new Paragraph(getTranslation("backoffice.import.intro")), upload, problems);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
        setWidth("48rem");
    }

    private void showProblems(String heading, List<String> messages) {
        problems.removeAll();
        problems.addClassName("form-errors");
        UnorderedList list = new UnorderedList();
        messages.forEach(message -> list.add(new ListItem(message)));
        problems.add(new Paragraph(heading));
        if (!messages.isEmpty()) {
            problems.add(list);
        }
    }

    /** Vaadin's upload speaks English by default: every text it shows or announces, in French. */
    private UploadI18N frenchUploadTexts() {
        String rejected = getTranslation("backoffice.import.rejected");
        String failed = getTranslation("backoffice.import.failed");
        String sending = getTranslation("backoffice.import.uploading");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("backoffice.import.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("backoffice.import.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(rejected).setFileIsTooBig(rejected)
                        .setIncorrectFileType(rejected))
                .setFile(new UploadI18N.File().setRemove(getTranslation("backoffice.import.remove"))
                        .setRetry(getTranslation("backoffice.import.retry"))
                        .setStart(getTranslation("backoffice.import.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(sending).setStalled(sending)
                                .setProcessing(sending).setHeld(sending))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                                .setUnexpectedServerError(failed).setForbidden(failed).setFileTooLarge(rejected)))
                .setUnits(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo"));
    }
}
