package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.guichet.admin.base.ui.AdminLayout;
import fr.guichet.tenancy.HostingProperties;
import fr.guichet.tenancy.InvalidTenantRequest;
import fr.guichet.tenancy.ProvisioningRequest;
import fr.guichet.tenancy.ProvisioningResult;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantDirectory;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantKind;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.territories.OfficialCommune;
import fr.guichet.territories.OfficialTerritories;
import fr.guichet.territories.Slugs;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Ajouter une commune": pick a commune from the official list (an EPCI administrator sees its member communes
 * only), check the derived address, provision it while the steps are shown, then open the new portal.
 */
@Route(value = "ajouter-une-commune", layout = AdminLayout.class, registerAtStartup = false)
@PageTitle("Ajouter une commune – Administration Guichet")
@RolesAllowed({"OPERATOR", "EPCI_ADMIN"})
public class AddCommuneView extends Div {

    private final TenantProvisioning provisioning;
    private final TenantDirectory tenants;
    private final HostingProperties hosting;
    private final Optional<Tenant> epciScope;
    private final ComboBox<OfficialCommune> commune = new ComboBox<>();
    private final TextField slug = new TextField();
    private final Button provision = new Button();
    private final ProvisioningSteps steps = new ProvisioningSteps();
    private final Div problems = new Div();
    private final Div outcome = new Div();
    private final String portSuffix = portSuffix();

    public AddCommuneView(TenantProvisioning provisioning, TenantDirectory tenants, OfficialTerritories territories,
            HostingProperties hosting) {
        this.provisioning = provisioning;
        this.tenants = tenants;
        this.hosting = hosting;
        this.epciScope = tenants.currentEpci();
        addClassNames("view", "form-stack");
        commune.setLabel(getTranslation("admin.add.commune"));
        commune.setHelperText(epciScope.map(e -> getTranslation("admin.add.commune.help.epci", e.officialName()))
                .orElse(getTranslation("admin.add.commune.help")));
        commune.setWidth("32rem");
        commune.setItemLabelGenerator(c -> c.name() + " (" + c.departmentCode() + ") – INSEE " + c.inseeCode());
        commune.setItems(query -> candidates(territories, query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()).limit(query.getLimit()));
        commune.addValueChangeListener(change -> choose(change.getValue()));
        slug.setLabel(getTranslation("admin.add.slug"));
        slug.setWidth("32rem");
        slug.setMaxLength(Slugs.MAX_LENGTH);
        slug.addValueChangeListener(change -> slug.setHelperText(getTranslation("admin.add.slug.help",
                hosting.defaultHostFor(change.getValue()))));
        provision.setText(getTranslation("admin.add.submit"));
        provision.addThemeVariants(ButtonVariant.PRIMARY);
        provision.addClickListener(click -> start());
        problems.getElement().setAttribute("role", "alert");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("admin.add.title")), new Paragraph(getTranslation("admin.add.intro")), commune,
                slug, provision, problems, steps, outcome);
    }

    private List<OfficialCommune> candidates(OfficialTerritories territories, String filter, int limit) {
        if (epciScope.isPresent()) {
            String wanted = filter.strip().toLowerCase(java.util.Locale.FRENCH);
            return territories.membersOf(epciScope.get().officialCode()).stream()
                    .filter(c -> wanted.isEmpty() || c.name().toLowerCase(java.util.Locale.FRENCH).contains(wanted)
                            || c.inseeCode().startsWith(wanted))
                    .limit(limit).toList();
        }
        return filter.isBlank() ? List.of() : territories.searchCommunes(filter, limit);
    }

    private void choose(OfficialCommune chosen) {
        problems.removeAll();
        outcome.removeAll();
        steps.reset();
        if (chosen != null) {
            slug.setValue(provisioning.suggestSlug(chosen));
        }
    }

    private void start() {
        problems.removeAll();
        outcome.removeAll();
        OfficialCommune chosen = commune.getValue();
        if (chosen == null) {
            showProblems(List.of(getTranslation("admin.add.commune.required")));
            return;
        }
        ProvisioningRequest request = ProvisioningRequest.commune(chosen.inseeCode(), slug.getValue().strip(),
                parentOf(chosen));
        UI ui = UI.getCurrent();
        provision.setEnabled(false);
        steps.reset();
        ui.setPollInterval(250);
        Thread.ofVirtual().name("provisioning-" + request.slug()).start(new DelegatingSecurityContextRunnable(() -> {
            try {
                ProvisioningResult result = provisioning.provision(request, step -> ui.access(() -> steps.done(step)));
                ui.access(() -> finished(result));
            } catch (InvalidTenantRequest refused) {
                ui.access(() -> failed(refused.problems()));
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(AddCommuneView.class).error("Provisioning failed", e);
                ui.access(() -> failed(List.of(getTranslation("admin.add.failed"))));
            }
        }));
    }

    private TenantId parentOf(OfficialCommune chosen) {
        if (epciScope.isPresent()) {
            return epciScope.get().id();
        }
        return chosen.epciSiren() == null ? null
                : tenants.findByOfficialCode(TenantKind.EPCI, chosen.epciSiren()).map(Tenant::id).orElse(null);
    }

    private void finished(ProvisioningResult result) {
        UI.getCurrent().setPollInterval(-1);
        provision.setEnabled(true);
        Tenant tenant = result.tenant();
        String url = "http://" + tenant.defaultHost() + portSuffix;
        outcome.add(new Paragraph(getTranslation(result.alreadyProvisioned() ? "admin.add.already" : "admin.add.done",
                tenant.officialName())), new Anchor(url, getTranslation("admin.add.open", tenant.defaultHost())));
    }

    private void failed(List<String> messages) {
        UI.getCurrent().setPollInterval(-1);
        provision.setEnabled(true);
        steps.reset();
        showProblems(messages);
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.addClassName("form-errors");
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }

    private static String portSuffix() {
        int port = VaadinRequest.getCurrent() instanceof VaadinServletRequest request ? request.getServerPort() : 80;
        return port == 80 || port == 443 ? "" : ":" + port;
    }
}
