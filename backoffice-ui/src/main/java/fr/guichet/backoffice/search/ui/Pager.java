package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import fr.guichet.search.RequestSearch;
import fr.guichet.search.SearchQuery;
import fr.guichet.search.SearchResults;
import java.util.function.IntConsumer;

/** Previous and next page, with where we are (« Page 2 sur 7 »); at most {@link RequestSearch#MAX_PAGES} pages. */
class Pager extends Nav {

    Pager(SearchResults results, IntConsumer page) {
        addClassName("search-pager");
        getElement().setAttribute("aria-label", getTranslation("backoffice.search.pages"));
        int pages = results.pageCount();
        if (pages <= 1) {
            return;
        }
        Button previous = new Button(getTranslation("backoffice.search.previous"),
                click -> page.accept(results.page() - 1));
        previous.setEnabled(results.page() > 0);
        Button next = new Button(getTranslation("backoffice.search.next"), click -> page.accept(results.page() + 1));
        next.setEnabled(results.page() + 1 < pages);
        add(previous, new Span(getTranslation("backoffice.search.page", results.page() + 1, pages)), next);
        if (results.total() > (long) pages * SearchQuery.PAGE_SIZE) {
            add(new Span(getTranslation("backoffice.search.more")));
        }
    }
}
