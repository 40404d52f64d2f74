package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.franceconnect.FranceConnectRegistration;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import fr.guichet.franceconnect.InvalidRegistration;
import fr.guichet.franceconnect.RegistrationChange;
import fr.guichet.tenancy.Tenant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tenant's FranceConnect client (platform operators only): client id, secret (never shown again, kept when left
 * blank) and the provider's address, from FranceConnect's partner space; the portal offers FranceConnect as soon as
 * it is saved, and stops when it is removed.
 */
class FranceConnectForm extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final Tenant tenant;
    private final FranceConnectRegistrations registrations;
    private final TextField clientId = new TextField();
    private final PasswordField secret = new PasswordField();
    private final TextField providerUrl = new TextField();
    private final Paragraph state = new Paragraph();
    private final Div problems = new Div();
    private final Button remove = new Button();

    FranceConnectForm(Tenant tenant, FranceConnectRegistrations registrations) {
        this.tenant = tenant;
        this.registrations = registrations;
        addClassName("form-stack");
        setId("franceconnect");
        clientId.setLabel(getTranslation("admin.franceconnect.client-id"));
        clientId.setId("franceconnect-client-id");
        secret.setLabel(getTranslation("admin.franceconnect.secret"));
        secret.setId("franceconnect-secret");
        secret.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        providerUrl.setLabel(getTranslation("admin.franceconnect.provider"));
        providerUrl.setHelperText(getTranslation("admin.franceconnect.provider.help"));
        providerUrl.setId("franceconnect-provider");
        for (var field : List.of(clientId, secret, providerUrl)) {
            field.setWidth("32rem");
        }
        problems.getElement().setAttribute("role", "alert");
        state.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(getTranslation("admin.franceconnect.save"), click -> save());
        save.setId("franceconnect-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        remove.setText(getTranslation("admin.franceconnect.remove"));
        remove.addClickListener(click -> remove());
        add(new H2(getTranslation("admin.franceconnect.title")), new Paragraph(getTranslation("admin.franceconnect.intro")),
                state, clientId, secret, providerUrl, problems, new Div(save, remove));
        show(registrations.of(tenant));
    }

    private void show(Optional<FranceConnectRegistration> registration) {
        clientId.setValue(registration.map(FranceConnectRegistration::clientId).orElse(""));
        providerUrl.setValue(registration.map(FranceConnectRegistration::providerUrl).orElse(""));
        secret.clear();
        secret.setHelperText(getTranslation(registration.isPresent() ? "admin.franceconnect.secret.keep"
                : "admin.franceconnect.secret.help"));
        state.setText(registration.map(r -> getTranslation("admin.franceconnect.state.on", WHEN.format(r.updatedAt()),
                r.updatedBy())).orElse(getTranslation("admin.franceconnect.state.off")));
        remove.setVisible(registration.isPresent());
    }

    private void save() {
        try {
            registrations.save(tenant, new RegistrationChange(clientId.getValue(), secret.getValue(),
                    providerUrl.getValue()));
            showProblems(List.of());
            show(registrations.of(tenant));
            Notification.show(getTranslation("admin.franceconnect.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidRegistration refused) {
            showProblems(refused.problems());
        }
    }

    private void remove() {
        registrations.remove(tenant);
        showProblems(List.of());
        show(Optional.empty());
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }
}
