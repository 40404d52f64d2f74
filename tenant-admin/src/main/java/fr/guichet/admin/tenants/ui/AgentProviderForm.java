package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.agentproviders.AgentProvider;
import fr.guichet.agentproviders.AgentProviders;
import fr.guichet.agentproviders.InvalidProvider;
import fr.guichet.agentproviders.ProviderChange;
import fr.guichet.agentproviders.ProviderKind;
import fr.guichet.tenancy.Tenant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The identity provider the tenant's agents sign in with (decision 022): ProConnect or the collectivity's own OpenID
 * Connect provider, its issuer (checked against its discovery document when saved), client id and secret (never shown
 * again, kept when left blank), scopes, and whether local passwords stay allowed. Operators and the EPCI's
 * administrator (for the EPCI and its member communes) manage it.
 */
class AgentProviderForm extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final Tenant tenant;
    private final AgentProviders providers;
    private final Select<ProviderKind> kind = new Select<>();
    private final TextField displayName = new TextField();
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final PasswordField secret = new PasswordField();
    private final TextField scopes = new TextField();
    private final Checkbox localPasswords = new Checkbox();
    private final Paragraph state = new Paragraph();
    private final Div problems = new Div();
    private final Button remove = new Button();

    AgentProviderForm(Tenant tenant, AgentProviders providers) {
        this.tenant = tenant;
        this.providers = providers;
        addClassName("form-stack");
        setId("fournisseur-agents");
        kind.setLabel(getTranslation("admin.agent-provider.kind"));
        kind.setId("fournisseur-type");
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("admin.agent-provider.kind." + value.name()));
        kind.addValueChangeListener(change -> displayName.setVisible(change.getValue() != ProviderKind.PROCONNECT));
        displayName.setLabel(getTranslation("admin.agent-provider.name"));
        displayName.setHelperText(getTranslation("admin.agent-provider.name.help"));
        displayName.setId("fournisseur-nom");
        issuer.setLabel(getTranslation("admin.agent-provider.issuer"));
        issuer.setHelperText(getTranslation("admin.agent-provider.issuer.help"));
        issuer.setId("fournisseur-emetteur");
        clientId.setLabel(getTranslation("admin.agent-provider.client-id"));
        clientId.setId("fournisseur-client-id");
        secret.setLabel(getTranslation("admin.agent-provider.secret"));
        secret.setId("fournisseur-secret");
        secret.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        scopes.setLabel(getTranslation("admin.agent-provider.scopes"));
        scopes.setHelperText(getTranslation("admin.agent-provider.scopes.help"));
        scopes.setId("fournisseur-scopes");
        localPasswords.setLabel(getTranslation("admin.agent-provider.local-passwords"));
        localPasswords.setId("fournisseur-mots-de-passe");
        for (var field : List.of(displayName, issuer, clientId, secret, scopes)) {
            field.setWidth("32rem");
        }
        kind.setWidth("32rem");
        problems.getElement().setAttribute("role", "alert");
        state.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(getTranslation("admin.agent-provider.save"), click -> save());
        save.setId("fournisseur-enregistrer");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        remove.setText(getTranslation("admin.agent-provider.remove"));
        remove.addClickListener(click -> remove());
        add(new H2(getTranslation("admin.agent-provider.title")),
                new Paragraph(getTranslation("admin.agent-provider.intro")), state, kind, displayName, issuer,
                clientId, secret, scopes, localPasswords, problems, new Div(save, remove));
        show(providers.of(tenant));
    }

    private void show(Optional<AgentProvider> provider) {
        kind.setValue(provider.map(AgentProvider::kind).orElse(ProviderKind.PROCONNECT));
        displayName.setValue(provider.filter(p -> p.kind() == ProviderKind.OIDC).map(AgentProvider::displayName)
                .orElse(""));
        issuer.setValue(provider.map(AgentProvider::issuer).orElse(""));
        clientId.setValue(provider.map(AgentProvider::clientId).orElse(""));
        scopes.setValue(provider.map(p -> String.join(" ", p.scopes())).orElse(""));
        localPasswords.setValue(provider.map(AgentProvider::localPasswordsAllowed).orElse(true));
        secret.clear();
        secret.setHelperText(getTranslation(provider.isPresent() ? "admin.agent-provider.secret.keep"
                : "admin.agent-provider.secret.help"));
        state.setText(provider.map(p -> getTranslation("admin.agent-provider.state.on", p.displayName(),
                WHEN.format(p.updatedAt()), p.updatedBy())).orElse(getTranslation("admin.agent-provider.state.off")));
        remove.setVisible(provider.isPresent());
    }

    private void save() {
        try {
            providers.save(tenant, new ProviderChange(kind.getValue(), displayName.getValue(), issuer.getValue(),
                    clientId.getValue(), secret.getValue(), scopes.getValue(), localPasswords.getValue()));
            showProblems(List.of());
            show(providers.of(tenant));
            Notification.show(getTranslation("admin.agent-provider.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidProvider refused) {
            showProblems(refused.problems());
        }
    }

    private void remove() {
        providers.remove(tenant);
        showProblems(List.of());
        show(Optional.empty());
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }
}
