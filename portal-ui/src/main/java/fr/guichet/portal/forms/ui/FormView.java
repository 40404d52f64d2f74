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
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.catalog.ui.ProcedureView;
import fr.guichet.requests.Submissions;
import org.jspecify.annotations.Nullable;

/**
 * The form of a published procedure, rendered from the definition of its published version and validated by the
 * server against it, then submitted as a request (guests give an e-mail address for the tracking link).
 */
@Route(value = "demarches/:slug/formulaire", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class FormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Submissions submissions;
    private @Nullable FormWizard wizard;
    private String title = "";

    public FormView(Catalog catalog, Submissions submissions) {
        this.catalog = catalog;
        this.submissions = submissions;
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
        String page = "demarches/" + slug;
        wizard = new FormWizard(form, title, new SubmitFinish(submissions, slug, new RequesterPanel(page), this));
        RouterLink back = new RouterLink(getTranslation("portal.form.back"), ProcedureView.class,
                new RouteParameters("slug", slug));
        Paragraph required = new Paragraph(getTranslation("portal.form.required"));
        required.addClassName("form-required-legend");
        add(back, new H1(title), required, wizard);
    }

    @Override
    public String getPageTitle() {
        return wizard == null ? title : wizard.documentTitle();
    }
}
