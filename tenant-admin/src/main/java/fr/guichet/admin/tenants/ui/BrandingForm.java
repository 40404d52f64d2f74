package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.guichet.branding.Branding;
import fr.guichet.branding.BrandingChange;
import fr.guichet.branding.BrandingService;
import fr.guichet.branding.InvalidBranding;
import fr.guichet.tenancy.Tenant;
import java.util.List;

/** A tenant's branding: name shown, colours (checked for WCAG AA contrast), banner and logo. */
class BrandingForm extends Section {

    private final Tenant tenant;
    private final BrandingService branding;
    private final TextField displayName = new TextField();
    private final TextField primary = new TextField();
    private final TextField secondary = new TextField();
    private final TextField banner = new TextField();
    private final Div problems = new Div();
    private final Paragraph logoState = new Paragraph();

    BrandingForm(Tenant tenant, BrandingService branding) {
        this.tenant = tenant;
        this.branding = branding;
        addClassName("form-stack");
        Branding current = branding.of(tenant);
        displayName.setLabel(getTranslation("admin.branding.name"));
        displayName.setValue(current.displayName());
        primary.setLabel(getTranslation("admin.branding.primary"));
        primary.setHelperText(getTranslation("admin.branding.colour.help"));
        primary.setValue(current.primary().hex());
        secondary.setLabel(getTranslation("admin.branding.secondary"));
        secondary.setHelperText(getTranslation("admin.branding.colour.help"));
        secondary.setValue(current.secondary().hex());
        banner.setLabel(getTranslation("admin.branding.banner"));
        banner.setHelperText(getTranslation("admin.branding.banner.help"));
        banner.setMaxLength(300);
        banner.setValue(current.bannerText() == null ? "" : current.bannerText());
        for (TextField field : List.of(displayName, primary, secondary, banner)) {
            field.setWidth("32rem");
        }
        problems.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("admin.branding.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        logoState.setText(getTranslation(current.hasLogo() ? "admin.branding.logo.present" : "admin.branding.logo.none"));
        logoState.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("admin.branding.title")), displayName, primary, secondary, banner, save, problems,
                logoState, logoUpload());
    }

    private void save() {
        try {
            branding.update(tenant, new BrandingChange(displayName.getValue(), primary.getValue(), secondary.getValue(),
                    banner.getValue()));
            showProblems(List.of());
            Notification.show(getTranslation("admin.branding.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidBranding refused) {
            showProblems(refused.problems());
        }
    }

    private Upload logoUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        // The outcome is told by the problems and the logo state: the file list is emptied after each upload, so
        // that a refused file never shows as uploaded and the next file is not blocked by the one-file limit.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                branding.uploadLogo(tenant, metadata.fileName(), bytes);
                ui.access(() -> {
                    upload.clearFileList();
                    showProblems(List.of());
                    logoState.setText(getTranslation("admin.branding.logo.saved"));
                });
            } catch (InvalidBranding refused) {
                ui.access(() -> {
                    upload.clearFileList();
                    showProblems(refused.problems());
                });
            }
        }));
        upload.setAcceptedFileTypes("image/png", "image/svg+xml", ".png", ".svg");
        upload.setMaxFileSize(1024 * 1024);
        upload.setMaxFiles(1);
        upload.setI18n(frenchUploadTexts());
        upload.addFileRejectedListener(rejected -> showProblems(List.of(getTranslation("admin.branding.logo.rejected"))));
        upload.getElement().setAttribute("aria-label", getTranslation("admin.branding.logo"));
        return upload;
    }

    /** Vaadin's upload speaks English by default: every text it shows or announces, in French. */
    private UploadI18N frenchUploadTexts() {
        String rejected = getTranslation("admin.branding.logo.rejected");
        String failed = getTranslation("admin.branding.logo.failed");
        String uploading = getTranslation("admin.branding.logo.uploading");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("admin.branding.logo.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("admin.branding.logo.drop")))
                .setError(new UploadI18N.Error().setTooManyFiles(rejected).setFileIsTooBig(rejected)
                        .setIncorrectFileType(rejected))
                .setFile(new UploadI18N.File().setRemove(getTranslation("admin.branding.logo.remove"))
                        .setRetry(getTranslation("admin.branding.logo.retry"))
                        .setStart(getTranslation("admin.branding.logo.start")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(uploading).setStalled(uploading)
                                .setProcessing(uploading).setHeld(uploading))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                                .setUnexpectedServerError(failed).setForbidden(failed).setFileTooLarge(rejected)))
                .setUnits(List.of("o", "Ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo"));
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }
}
