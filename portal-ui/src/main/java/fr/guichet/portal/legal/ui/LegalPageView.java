package fr.guichet.portal.legal.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.legal.LegalPageKind;
import fr.guichet.legal.LegalPageText;
import fr.guichet.legal.LegalPages;
import fr.guichet.portal.base.ui.PortalLayout;

/** One of the commune's legal pages, as its agents wrote it (plain paragraphs, never HTML). */
@Route(value = "informations/:page", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class LegalPageView extends Article implements BeforeEnterObserver, HasDynamicTitle {

    private final LegalPages pages;
    private final String tenantName;
    private String title = "";

    public LegalPageView(LegalPages pages, BrandingService branding) {
        this.pages = pages;
        this.tenantName = branding.current().displayName();
        addClassName("legal-page");
    }

    public static RouteParameters parameters(LegalPageKind kind) {
        return new RouteParameters("page", kind.path());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LegalPageKind kind = event.getRouteParameters().get("page").flatMap(LegalPageKind::fromPath)
                .orElseThrow(NotFoundException::new);
        LegalPageText text = pages.read(kind);
        title = kind.title();
        removeAll();
        add(new H1(kind.title()));
        text.paragraphs().forEach(paragraph -> add(new Paragraph(paragraph)));
    }

    @Override
    public String getPageTitle() {
        return title + " – " + tenantName;
    }
}
