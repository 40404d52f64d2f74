package fr.guichet.portal.catalog.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.forms.ui.FormView;
import java.util.Objects;

/** A procedure's page: what it is for, who may use it, what to prepare, how long it takes, who handles it. */
@Route(value = "demarches/:slug", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class ProcedureView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private String title = "";

    public ProcedureView(Catalog catalog) {
        this.catalog = catalog;
        addClassName("procedure-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProcedureSummary procedure = event.getRouteParameters().get("slug").flatMap(catalog::publishedBySlug)
                .orElseThrow(NotFoundException::new);
        ProcedureDescription description = procedure.description();
        title = description.title();
        removeAll();
        DescriptionList facts = new DescriptionList();
        fact(facts, "portal.procedure.category", description.category().label());
        fact(facts, "portal.procedure.audience", description.audience());
        fact(facts, "portal.procedure.documents", description.documentsToPrepare());
        fact(facts, "portal.procedure.delay", description.processingDays() == null ? null
                : getTranslation("portal.procedure.days", description.processingDays()));
        fact(facts, "portal.procedure.team", description.team());
        RouterLink start = new RouterLink(getTranslation("portal.procedure.start"), FormView.class,
                new RouteParameters("slug", procedure.slug()));
        start.addClassName("button-link");
        add(new RouterLink(getTranslation("portal.procedure.back"), CatalogView.class), new H1(description.title()),
                new Paragraph(description.summary()), facts, start, privacy(procedure));
    }

    private Section privacy(ProcedureSummary procedure) {
        PrivacyNotice notice = catalog.publishedVersion(procedure.id()).orElseThrow().privacy();
        DescriptionList facts = new DescriptionList();
        fact(facts, "portal.procedure.privacy.purpose", notice.purpose());
        fact(facts, "portal.procedure.privacy.basis", notice.legalBasis() == null ? null
                : Objects.requireNonNull(notice.legalBasis()).label());
        fact(facts, "portal.procedure.privacy.retention", notice.retention());
        fact(facts, "portal.procedure.privacy.recipients", notice.recipients());
        Section section = new Section(new H2(getTranslation("portal.procedure.privacy")), facts);
        section.setId("donnees-personnelles");
        return section;
    }

    private void fact(DescriptionList list, String termKey, @org.jspecify.annotations.Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
