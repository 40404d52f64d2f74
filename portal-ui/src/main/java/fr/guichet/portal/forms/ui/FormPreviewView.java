package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.catalog.FormPreviews;
import fr.guichet.catalog.FormPreviews.FormPreview;
import fr.guichet.portal.base.ui.PortalLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A form under design, rendered by the very components that render published forms, for the designer's live
 * preview (the back office's form builder shows this page in a frame). Nothing is sent from here.
 */
@Route(value = "apercu/:token", layout = PortalLayout.class, registerAtStartup = false)
@RolesAllowed("DESIGNER")
public class FormPreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FormPreviews previews;
    private @Nullable FormWizard wizard;
    private String title = "";

    public FormPreviewView(FormPreviews previews) {
        this.previews = previews;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        wizard = null;
        Optional<FormPreview> preview = event.getRouteParameters().get("token").flatMap(previews::find);
        Paragraph notice = new Paragraph();
        notice.addClassName("preview-notice");
        notice.getElement().setAttribute("role", "note");
        if (preview.isEmpty()) {
            title = getTranslation("portal.preview.expired.title");
            notice.setText(getTranslation("portal.preview.expired"));
            add(new H1(title), notice);
            return;
        }
        title = preview.get().title();
        notice.setText(getTranslation("portal.preview.notice"));
        Paragraph required = new Paragraph(getTranslation("portal.form.required"));
        required.addClassName("form-required-legend");
        if (preview.get().form().pages().isEmpty()) {
            add(notice, new H1(title), new Paragraph(getTranslation("portal.preview.empty")));
            return;
        }
        wizard = new FormWizard(preview.get().form(), title, new PreviewFinish(this));
        event.getLocation().getQueryParameters().getParameters().getOrDefault("page", List.of()).stream()
                .findFirst().ifPresent(wizard::open);
        add(notice, new H1(title), required, wizard);
    }

    @Override
    public String getPageTitle() {
        return wizard == null ? title : wizard.documentTitle();
    }
}
