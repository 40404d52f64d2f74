package fr.guichet.portal.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.portal.base.ui.PortalLayout;

/**
 * Home of a commune's portal: the catalog of online procedures. Procedures arrive with the téléservice factory;
 * until a commune publishes one, the catalog says so plainly and tells citizens where else to turn.
 */
@Route(value = "", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class CatalogView extends Div implements HasDynamicTitle {

    private final String name;

    public CatalogView(BrandingService branding) {
        this.name = branding.current().displayName();
        H1 title = new H1(getTranslation("portal.catalog.title"));
        Paragraph intro = new Paragraph(getTranslation("portal.catalog.intro", name));
        Section catalog = new Section(new H2(getTranslation("portal.catalog.procedures")), emptyState());
        catalog.getElement().setAttribute("aria-labelledby", "catalogue-titre");
        catalog.getChildren().findFirst().ifPresent(heading -> heading.setId("catalogue-titre"));
        add(title, intro, catalog);
    }

    private Div emptyState() {
        Div empty = new Div(new Paragraph(getTranslation("portal.catalog.empty.title")),
                new Paragraph(getTranslation("portal.catalog.empty.text", name)));
        empty.addClassName("empty-state");
        empty.setId("catalogue-vide");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.catalog.title") + " – " + name;
    }
}
