package fr.guichet.backoffice.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.notifications.EditableTemplate;
import fr.guichet.notifications.InvalidTemplate;
import fr.guichet.notifications.NotificationTemplates;
import fr.guichet.notifications.TemplateKey;
import fr.guichet.notifications.TemplateText;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Where a commune's administrator words the messages sent to citizens, with the variables each one may use; the
 * server refuses unknown variables with a French explanation.
 */
@Route(value = "agents/modeles-de-messages", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("ADMIN")
public class MessageTemplatesView extends Div implements HasDynamicTitle {

    private final NotificationTemplates templates;
    private final Select<TemplateKey> key = new Select<>();
    private final Paragraph variables = new Paragraph();
    private final TextField subject = new TextField();
    private final TextArea body = new TextArea();
    private final TextArea sms = new TextArea();
    private final Paragraph status = new Paragraph();
    private final Div problems = new Div();

    public MessageTemplatesView(NotificationTemplates templates) {
        this.templates = templates;
        addClassNames("view", "form-stack");
        key.setLabel(getTranslation("backoffice.messages.key"));
        key.setItems(TemplateKey.values());
        key.setItemLabelGenerator(TemplateKey::label);
        key.setWidth("26rem");
        key.addValueChangeListener(change -> show(templates.read(change.getValue())));
        subject.setLabel(getTranslation("backoffice.messages.subject"));
        subject.setMaxLength(TemplateText.MAX_SUBJECT);
        subject.setWidthFull();
        body.setLabel(getTranslation("backoffice.messages.body"));
        body.setHelperText(getTranslation("backoffice.messages.body.help"));
        body.setMaxLength(TemplateText.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("16rem");
        sms.setLabel(getTranslation("backoffice.messages.sms"));
        sms.setHelperText(getTranslation("backoffice.messages.sms.help"));
        sms.setMaxLength(TemplateText.MAX_SMS);
        sms.setWidthFull();
        status.getElement().setAttribute("aria-live", "polite");
        problems.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button restore = new Button(getTranslation("backoffice.messages.restore"), click -> {
            show(templates.restoreDefault(key.getValue()));
            notify(getTranslation("backoffice.messages.restored"));
        });
        add(new H1(getTranslation("backoffice.messages.title")),
                new Paragraph(getTranslation("backoffice.messages.intro")), key, variables, status, problems, subject,
                body, sms, new HorizontalLayout(save, restore));
        key.setValue(TemplateKey.REQUEST_RECEIVED);
    }

    private void show(EditableTemplate template) {
        subject.setValue(template.text().subject());
        body.setValue(template.text().body());
        sms.setValue(template.text().sms());
        variables.setText(getTranslation("backoffice.messages.variables", String.join(", ",
                template.key().variables().stream().map(v -> "{{" + v + "}} ("
                        + getTranslation("backoffice.messages.variable." + v) + ")").toList())));
        status.setText(getTranslation(template.customised() ? "backoffice.messages.customised"
                : "backoffice.messages.default"));
        showProblems(List.of());
    }

    private void save() {
        try {
            show(templates.rewrite(key.getValue(), new TemplateText(subject.getValue(), body.getValue(),
                    sms.getValue())));
            notify(getTranslation("backoffice.messages.saved"));
        } catch (InvalidTemplate refused) {
            showProblems(refused.problems());
        }
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        if (!messages.isEmpty()) {
            problems.add(new Paragraph(getTranslation("backoffice.messages.refused")));
            messages.forEach(message -> problems.add(new Paragraph(message)));
        }
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.messages.title");
    }
}
