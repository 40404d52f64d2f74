package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.apiparticulier.AccessChange;
import fr.guichet.apiparticulier.ApiParticulierAccess;
import fr.guichet.apiparticulier.ApiParticulierAccesses;
import fr.guichet.apiparticulier.ApiParticulierEnvironment;
import fr.guichet.apiparticulier.InvalidAccess;
import fr.guichet.tenancy.Tenant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The tenant's API Particulier access (platform operators only): the token of the commune's habilitation (encrypted,
 * never shown again, kept when left blank), its SIRET sent as recipient, and the environment. Forms whose fields
 * declare API Particulier as their source offer the automatic path as soon as it is saved.
 */
class ApiParticulierForm extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final Tenant tenant;
    private final ApiParticulierAccesses accesses;
    private final RadioButtonGroup<ApiParticulierEnvironment> environment = new RadioButtonGroup<>();
    private final TextField simulatorUrl = new TextField();
    private final PasswordField token = new PasswordField();
    private final TextField siret = new TextField();
    private final Paragraph state = new Paragraph();
    private final Div problems = new Div();
    private final Button remove = new Button();

    ApiParticulierForm(Tenant tenant, ApiParticulierAccesses accesses) {
        this.tenant = tenant;
        this.accesses = accesses;
        addClassName("form-stack");
        setId("api-particulier");
        environment.setLabel(getTranslation("admin.apiparticulier.environment"));
        environment.setId("api-particulier-environment");
        environment.setItems(ApiParticulierEnvironment.values());
        environment.setItemLabelGenerator(env -> getTranslation("admin.apiparticulier.environment."
                + env.name().toLowerCase(Locale.ROOT)));
        environment.addValueChangeListener(event -> simulatorUrl.setVisible(
                event.getValue() == ApiParticulierEnvironment.SIMULATOR));
        simulatorUrl.setLabel(getTranslation("admin.apiparticulier.simulator"));
        simulatorUrl.setHelperText(getTranslation("admin.apiparticulier.simulator.help"));
        simulatorUrl.setId("api-particulier-simulator");
        simulatorUrl.setVisible(false);
        token.setLabel(getTranslation("admin.apiparticulier.token"));
        token.setId("api-particulier-token");
        token.setAutocomplete(Autocomplete.OFF);
        siret.setLabel(getTranslation("admin.apiparticulier.siret"));
        siret.setHelperText(getTranslation("admin.apiparticulier.siret.help"));
        siret.setId("api-particulier-siret");
        for (com.vaadin.flow.component.HasSize field : List.<com.vaadin.flow.component.HasSize>of(simulatorUrl,
                token, siret)) {
            field.setWidth("32rem");
        }
        problems.getElement().setAttribute("role", "alert");
        state.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(getTranslation("admin.apiparticulier.save"), click -> save());
        save.setId("api-particulier-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        remove.setText(getTranslation("admin.apiparticulier.remove"));
        remove.addClickListener(click -> {
            accesses.remove(tenant);
            listProblems(List.of());
            show(Optional.empty());
        });
        add(new H2(getTranslation("admin.apiparticulier.title")),
                new Paragraph(getTranslation("admin.apiparticulier.intro")), state, environment, simulatorUrl, siret,
                token, problems, new Div(save, remove));
        show(accesses.of(tenant));
    }

    private void show(Optional<ApiParticulierAccess> access) {
        environment.setValue(access.map(ApiParticulierAccess::environment).orElse(null));
        simulatorUrl.setValue(access.filter(a -> a.environment() == ApiParticulierEnvironment.SIMULATOR)
                .map(ApiParticulierAccess::baseUrl).orElse(""));
        siret.setValue(access.map(ApiParticulierAccess::siret).orElse(""));
        token.clear();
        token.setHelperText(getTranslation(access.isPresent() ? "admin.apiparticulier.token.keep"
                : "admin.apiparticulier.token.help"));
        state.setText(access.map(a -> getTranslation("admin.apiparticulier.state.on", WHEN.format(a.updatedAt()),
                a.updatedBy())).orElse(getTranslation("admin.apiparticulier.state.off")));
        remove.setVisible(access.isPresent());
    }

    private void save() {
        try {
            ApiParticulierAccess saved = accesses.save(tenant, new AccessChange(token.getValue(), siret.getValue(),
                    environment.getValue(), simulatorUrl.getValue()));
            listProblems(List.of());
            show(Optional.of(saved));
            Notification.show(getTranslation("admin.apiparticulier.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidAccess refused) {
            listProblems(refused.problems());
        }
    }

    private void listProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }
}
