package fr.guichet.backoffice.legal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.legal.InvalidLegalText;
import fr.guichet.legal.LegalPageKind;
import fr.guichet.legal.LegalPageText;
import fr.guichet.legal.LegalPages;
import jakarta.annotation.security.RolesAllowed;

/** Where a commune's administrator writes its legal pages (plain text, paragraphs separated by blank lines). */
@Route(value = "agents/pages-legales", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("ADMIN")
public class LegalPagesView extends Div implements HasDynamicTitle {

    private final LegalPages pages;
    private final Select<LegalPageKind> page = new Select<>();
    private final TextArea body = new TextArea();
    private final Paragraph status = new Paragraph();

    public LegalPagesView(LegalPages pages) {
        this.pages = pages;
        addClassNames("view", "form-stack");
        page.setLabel(getTranslation("backoffice.legal.page"));
        page.setItems(LegalPageKind.values());
        page.setItemLabelGenerator(LegalPageKind::title);
        page.addValueChangeListener(change -> show(change.getValue()));
        body.setLabel(getTranslation("backoffice.legal.body"));
        body.setHelperText(getTranslation("backoffice.legal.help"));
        body.setWidthFull();
        body.setMinHeight("20rem");
        body.setMaxLength(20_000);
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        status.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("backoffice.legal.title")), page, body, save, status);
        page.setValue(LegalPageKind.MENTIONS_LEGALES);
    }

    private void show(LegalPageKind kind) {
        LegalPageText text = pages.read(kind);
        body.setValue(text.body());
        body.setInvalid(false);
        status.setText(getTranslation(text.customised() ? "backoffice.legal.customised" : "backoffice.legal.default"));
    }

    private void save() {
        try {
            pages.rewrite(page.getValue(), body.getValue());
            body.setInvalid(false);
            status.setText(getTranslation("backoffice.legal.saved"));
            Notification.show(getTranslation("backoffice.legal.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidLegalText refused) {
            body.setErrorMessage(refused.getMessage());
            body.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.legal.title");
    }
}
