package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.requests.Channel;
import fr.guichet.requests.Intakes;
import fr.guichet.requests.Requester;
import fr.guichet.requests.TransitionRefused;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;

/**
 * Registering a request received at the counter, by phone, by post or by e-mail: the procedure, the channel and the
 * person; the agent then fills the procedure's form in the portal's own renderer. With an e-mail address the person
 * follows the request online like any other.
 */
@Route(value = "agents/demandes/nouvelle", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN"})
public class IntakeView extends Div implements HasDynamicTitle {

    private final Select<ProcedureSummary> procedure = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Paragraph problem = new Paragraph();

    public IntakeView(Intakes intakes) {
        addClassNames("view", "form-stack", "intake-view");
        procedure.setLabel(getTranslation("backoffice.intake.procedure"));
        // Only the procedures this agent's teams process: the service refuses the others anyway.
        procedure.setItems(intakes.procedures());
        procedure.setItemLabelGenerator(p -> p == null ? "" : p.description().title());
        channel.setLabel(getTranslation("backoffice.intake.channel"));
        channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.ONLINE).toList());
        channel.setItemLabelGenerator(Channel::label);
        channel.setValue(Channel.COUNTER);
        name.setLabel(getTranslation("backoffice.intake.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        email.setLabel(getTranslation("backoffice.intake.email"));
        email.setHelperText(getTranslation("backoffice.intake.email.help"));
        problem.getElement().setAttribute("role", "alert");
        for (var field : new com.vaadin.flow.component.HasSize[] {procedure, channel, name, email}) {
            field.setWidth("32rem");
        }
        Button start = new Button(getTranslation("backoffice.intake.start"), click -> start(intakes));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        add(new RouterLink(getTranslation("backoffice.request.back"), InboxView.class),
                new H1(getTranslation("backoffice.intake.heading")),
                new Paragraph(getTranslation("backoffice.intake.intro")), procedure, channel, name, email, problem,
                start);
    }

    private void start(Intakes intakes) {
        problem.setText("");
        problem.removeClassName("form-errors");
        if (procedure.getValue() == null) {
            refuse(getTranslation("backoffice.intake.procedure.missing"));
            procedure.focus();
            return;
        }
        try {
            String token = intakes.open(channel.getValue(), Requester.guest(name.getValue().strip(),
                    email.getValue().isBlank() ? null : email.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate("demarches/" + procedure.getValue().slug() + "/formulaire",
                    QueryParameters.simple(Map.of("pour", token))));
        } catch (TransitionRefused refused) {
            refuse(refused.getMessage());
            name.focus();
        }
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.addClassName("form-errors");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.intake.heading") + " – " + getTranslation("backoffice.shell.short");
    }
}
