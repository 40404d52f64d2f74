package fr.guichet.portal.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.guichet.branding.BrandingService;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.search.CatalogSearch;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Home of a commune's portal: the catalog of its online procedures, by category and keyword. When nothing is
 * published (yet, or in a category), the page says so plainly and tells citizens where else to turn.
 */
@Route(value = "", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class CatalogView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final String CATEGORY_PARAMETER = "categorie";

    private final CatalogSearch catalog;
    private final String name;
    private final TextField keywords = new TextField();
    private final CategoryLinks categories = new CategoryLinks();
    private final Div results = new Div();
    private @Nullable Category category;

    public CatalogView(BrandingService branding, CatalogSearch catalog) {
        this.catalog = catalog;
        this.name = branding.current().displayName();
        keywords.setLabel(getTranslation("portal.catalog.keywords"));
        keywords.setHelperText(getTranslation("portal.catalog.keywords.help"));
        keywords.setValueChangeMode(ValueChangeMode.LAZY);
        keywords.setClearButtonVisible(true);
        keywords.setWidth("24rem");
        keywords.addValueChangeListener(change -> refresh());
        results.setId("catalogue-resultats");
        results.getElement().setAttribute("aria-live", "polite");
        Section section = new Section(new H2(getTranslation("portal.catalog.procedures")), categories, keywords,
                results);
        add(new H1(getTranslation("portal.catalog.title")), new Paragraph(getTranslation("portal.catalog.intro",
                name)), section);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        category = query.getSingleParameter(CATEGORY_PARAMETER).flatMap(CatalogView::category).orElse(null);
        categories.show(category);
        refresh();
    }

    private void refresh() {
        results.removeAll();
        List<ProcedureSummary> found = catalog.published(category, keywords.getValue());
        if (found.isEmpty()) {
            results.add(emptyState());
            return;
        }
        results.add(new Paragraph(getTranslation("portal.catalog.count", found.size())));
        results.add(new ProcedureList(found));
    }

    private Div emptyState() {
        boolean filtered = category != null || !keywords.getValue().isBlank();
        Div empty = filtered
                ? new Div(new Paragraph(getTranslation("portal.catalog.none.filtered")))
                : new Div(new Paragraph(getTranslation("portal.catalog.empty.title")),
                        new Paragraph(getTranslation("portal.catalog.empty.text", name)));
        empty.addClassName("empty-state");
        empty.setId("catalogue-vide");
        return empty;
    }

    private static Optional<Category> category(String value) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equalsIgnoreCase(value)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return (category == null ? "" : category.label() + " – ") + getTranslation("portal.catalog.title") + " – "
                + name;
    }
}
