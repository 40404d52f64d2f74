package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.guichet.attachments.Attachments;
import fr.guichet.attachments.FileSizes;
import fr.guichet.attachments.FileTypes;
import fr.guichet.attachments.UploadOutcome;
import fr.guichet.attachments.Uploader;
import fr.guichet.forms.Field;
import fr.guichet.portal.base.ui.FieldError;
import fr.guichet.requests.Submissions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document to join: one file, sent as soon as it is chosen and inspected by the server (type told by its content,
 * size, name); the file kept is shown with its name, size and a « Retirer » button, a refusal is the server's French
 * message on the field. The answer is {@code {reference, name, size}}, what the form's validation reads. In a
 * designer's preview the same checks run but nothing is kept.
 */
final class FileInput implements FieldInput {

    private final Field field;
    private final Attachments attachments;
    private final Submissions submissions;
    private final Div box = new Div();
    private final Paragraph label = new Paragraph();
    private final Paragraph formats = new Paragraph();
    private final Paragraph help = new Paragraph();
    private final Upload upload = new Upload();
    private final Button choose = new Button();
    private final Div joined = new Div();
    private final Paragraph error = new Paragraph();
    private final List<Runnable> listeners = new ArrayList<>();
    private final long maxBytes;
    private UploadOutcome.@Nullable Accepted file;
    /** In a designer's preview nothing is kept; set on attach, read by the upload's request thread. */
    private volatile boolean preview;

    FileInput(Field field) {
        this.field = field;
        this.attachments = VaadinService.getCurrent().getInstantiator().getOrCreate(Attachments.class);
        this.submissions = VaadinService.getCurrent().getInstantiator().getOrCreate(Submissions.class);
        this.maxBytes = attachments.maxBytes(field.maxFileSizeBytes());
        box.addClassName("form-file");
        box.getElement().setAttribute("role", "group");
        label.setText(field.label());
        label.addClassName("form-file-name");
        label.setClassName("form-required", field.required());
        help.setText(field.help() == null ? "" : field.help());
        help.setVisible(field.help() != null && !field.help().isBlank());
        formats.setText(box.getTranslation("portal.form.file.formats", FileTypes.names(field.acceptedFileTypes()),
                FileSizes.french(maxBytes)));
        error.addClassName("form-file-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        joined.addClassName("form-file-joined");
        joined.getElement().setAttribute("role", "status");
        choose.setText(box.getTranslation("portal.form.file.choose"));
        choose.setAriaLabel(box.getTranslation("portal.form.file.choose.label", field.label()));
        configureUpload();
        box.add(label, help, formats, upload, joined, error);
        box.addAttachListener(attach -> preview = box.findAncestor(FormPreviewView.class) != null);
    }

    private void configureUpload() {
        upload.setUploadButton(choose);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(maxBytes, Integer.MAX_VALUE));
        upload.setAcceptedFileTypes(FileTypes.browserAccept(field.acceptedFileTypes()).toArray(String[]::new));
        upload.setI18n(frenchTexts());
        upload.setUploadHandler(this::receive);
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage()));
    }

    /** Runs on the upload's own request, without the session lock: the outcome is shown through the UI's access. */
    private void receive(UploadEvent event) throws IOException {
        UploadOutcome outcome;
        try (InputStream content = event.getInputStream()) {
            outcome = preview ? attachments.inspect(field.acceptedFileTypes(), maxBytes, event.getFileName(), content)
                    : attachments.upload(uploader(), field.acceptedFileTypes(),
                            maxBytes, event.getFileName(), content);
        }
        event.getUI().access(() -> {
            upload.clearFileList();
            switch (outcome) {
                case UploadOutcome.Accepted accepted -> keep(accepted);
                case UploadOutcome.Refused refused -> refuse(refused.message());
            }
        });
    }

    /** The signed-in citizen's account (their draft keeps the file), or else the browser session. */
    private Uploader uploader() {
        return submissions.currentUploader().orElseThrow();
    }

    private void keep(UploadOutcome.Accepted accepted) {
        file = accepted;
        hideError();
        joined.removeAll();
        Span name = new Span(box.getTranslation("portal.form.file.joined", accepted.name(),
                FileSizes.french(accepted.size())));
        Button remove = new Button(box.getTranslation("portal.form.file.remove"), click -> remove());
        remove.setAriaLabel(box.getTranslation("portal.form.file.remove.label", accepted.name()));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.setId(box.getId().orElse("") + "-retirer");
        joined.add(name, remove);
        upload.setVisible(false);
        changed();
    }

    private void remove() {
        if (file != null && !preview) {
            attachments.discard(uploader(), file.reference());
        }
        file = null;
        joined.removeAll();
        upload.setVisible(true);
        choose.focus();
        changed();
    }

    /** Moves the focus to the file chooser (the document is asked for instead of a value). */
    void focusChoice() {
        choose.focus();
    }

    /** Tells the listeners that the answer changed because of something around the field. */
    void changedFromOutside() {
        changed();
    }

    private void refuse(String message) {
        upload.clearFileList();
        error.setText(message);
        error.setVisible(true);
        box.addClassName("form-file-invalid");
    }

    private void hideError() {
        error.setText("");
        error.setVisible(false);
        box.removeClassName("form-file-invalid");
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public @Nullable Object answer() {
        return file == null ? null : file.answer();
    }

    @Override
    public Object probe() {
        return file == null ? Map.of() : file.answer();
    }

    /** A file joined in a draft: shown as joined; the submission checks that it is still kept for the citizen. */
    @Override
    public boolean restore(Object answer) {
        if (answer instanceof Map<?, ?> saved && saved.get("reference") instanceof String reference
                && saved.get("name") instanceof String name && saved.get("size") instanceof Number size) {
            keep(new UploadOutcome.Accepted(reference, name, size.longValue(), ""));
            return true;
        }
        return false;
    }

    @Override
    public void clear() {
        file = null;
        joined.removeAll();
        upload.setVisible(true);
        hideError();
    }

    @Override
    public void identify(String id) {
        box.setId(id);
        label.setId(id + "-libelle");
        help.setId(id + "-aide");
        formats.setId(id + "-formats");
        error.setId(id + "-erreur");
        choose.setId(id + "-choisir");
        box.getElement().setAttribute("aria-labelledby", label.getId().orElseThrow());
        choose.getElement().setAttribute("aria-describedby", String.join(" ", help.getId().orElseThrow(),
                formats.getId().orElseThrow(), error.getId().orElseThrow()));
    }

    @Override
    public void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        String message = errors.get(prefix + field.key());
        if (message == null) {
            hideError();
            return;
        }
        refuse(message);
        shown.add(new FieldError(field.label(), message, choose.getId().orElse("")));
    }

    @Override
    public void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        if (error.isVisible()) {
            showErrors(errors, prefix, shown);
        }
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    /** Vaadin's upload speaks English by default: every text it shows or announces, in French. */
    private UploadI18N frenchTexts() {
        String failed = box.getTranslation("portal.form.file.failed");
        String sending = box.getTranslation("portal.form.file.uploading");
        String tooBig = box.getTranslation("portal.form.file.tooBig", FileSizes.french(maxBytes));
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(box.getTranslation("portal.form.file.choose")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(box.getTranslation("portal.form.file.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(box.getTranslation("portal.form.file.one"))
                        .setFileIsTooBig(tooBig).setIncorrectFileType(box.getTranslation(
                                "portal.form.file.wrongType", FileTypes.names(field.acceptedFileTypes()))))
                .setFile(new UploadI18N.File().setRemove(box.getTranslation("portal.form.file.remove"))
                        .setRetry(box.getTranslation("portal.form.file.retry"))
                        .setStart(box.getTranslation("portal.form.file.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(sending).setStalled(sending)
                                .setProcessing(sending).setHeld(sending))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                                .setUnexpectedServerError(failed).setForbidden(failed).setFileTooLarge(tooBig)))
                .setUnits(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo"));
    }
}
