package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.catalog.ui.ProcedureView;
import org.jspecify.annotations.Nullable;

/**
 * The form of a published procedure, rendered from the definition of its published version and validated by the
 * server against it, prefilled from the profile of a signed-in citizen. Drafts and the submission of requests come
 * with requests.
 */
@Route(value = "demarches/:slug/formulaire", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class FormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final CitizenProfiles profiles;
    private final AuthenticationContext authentication;
    private @Nullable FormWizard wizard;
    private String title = "";

    public FormView(Catalog catalog, CitizenProfiles profiles, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.profiles = profiles;
        this.authentication = authentication;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        ProcedureSummary procedure = catalog.publishedBySlug(slug).orElseThrow(NotFoundException::new);
        String formJson = catalog.version(procedure.id(), procedure.version()).orElseThrow(NotFoundException::new)
                .formJson();
        FormDefinition form = FormJson.read(formJson);
        title = procedure.description().title();
        removeAll();
        wizard = new FormWizard(form, title);
        RouterLink back = new RouterLink(getTranslation("portal.form.back"), ProcedureView.class,
                new RouteParameters("slug", slug));
        Paragraph required = new Paragraph(getTranslation("portal.form.required"));
        required.addClassName("form-required-legend");
        add(back, new H1(title), required);
        ProfilePrefill.apply(wizard, form, profiles, authentication, "demarches/" + slug + "/formulaire")
                .ifPresent(this::add);
        add(wizard);
    }

    @Override
    public String getPageTitle() {
        return wizard == null ? title : wizard.documentTitle();
    }
}
