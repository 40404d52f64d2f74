package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.backoffice.requests.ui.RequestView;
import fr.guichet.search.RequestSearch;
import fr.guichet.search.SearchOrder;
import fr.guichet.search.SearchResults;
import jakarta.annotation.security.RolesAllowed;

/**
 * Search results: what was asked, the count, facets to narrow with their counts, the order, a page of requests with
 * highlighted extracts. The address holds the whole search ({@link SearchParameters}); a reference typed in the box
 * opens its request instead.
 */
@Route(value = "agents/recherche", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN"})
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RequestSearch search;
    private final Div body = new Div();
    private SearchParameters parameters = SearchParameters.of("");

    public SearchView(RequestSearch search) {
        this.search = search;
        addClassNames("view", "search-view");
        add(new H1(getTranslation("backoffice.search.heading")), body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        parameters = SearchParameters.read(event.getLocation().getQueryParameters());
        SearchResults results = search.search(parameters.query());
        if (results.directRequest().isPresent()) {
            event.forwardTo(RequestView.class, RequestView.parameters(results.directRequest().get()));
            return;
        }
        show(results);
    }

    @Override
    public String getPageTitle() {
        String text = parameters.query().text().strip();
        return text.isEmpty() ? getTranslation("backoffice.search.title.empty")
                : getTranslation("backoffice.search.title", text);
    }

    private void show(SearchResults results) {
        body.removeAll();
        SearchForm form = new SearchForm(parameters.query().text(), text -> go(parameters.withText(text)));
        Paragraph summary = new Paragraph(results.total() == 0 ? getTranslation("backoffice.search.none")
                : getTranslation(results.total() == 1 ? "backoffice.search.count.one" : "backoffice.search.count",
                        results.total()));
        summary.addClassName("search-summary");
        summary.getElement().setAttribute("role", "status");
        body.add(form);
        results.noticeText().ifPresent(notice -> {
            Paragraph paragraph = new Paragraph(notice);
            paragraph.addClassName("search-notice");
            body.add(paragraph);
        });
        Select<SearchOrder> order = new Select<>();
        order.setLabel(getTranslation("backoffice.search.order"));
        order.setItems(SearchOrder.values());
        order.setItemLabelGenerator(value -> getTranslation("backoffice.search.order." + value.name()));
        order.setValue(parameters.query().order());
        order.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                go(parameters.withOrder(change.getValue()));
            }
        });
        Div facets = new FacetPanel(results.facets(), (facet, ticked) -> go(parameters.withFilter(facet, ticked)));
        Div list = new Div(new H2(getTranslation("backoffice.search.results")), summary, order,
                new HitList(results.hits()), new Pager(results, page -> go(parameters.atPage(page))));
        list.addClassName("search-results");
        Div columns = new Div(facets, list);
        columns.addClassName("search-columns");
        body.add(columns);
    }

    private void go(SearchParameters next) {
        UI.getCurrent().navigate(SearchView.class, next.toQuery());
    }
}
