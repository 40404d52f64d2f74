package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.backoffice.requests.ui.RequestView;
import fr.guichet.search.Extract;
import fr.guichet.search.SearchHit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A page of results: each request's reference (a link to it) and procedure as a heading, its status, channel, date,
 * person and assignee, and the extracts where the words were found. Extracts come as safe HTML from the search
 * service (the text escaped there, only {@code <mark>} added).
 */
class HitList extends OrderedList {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    HitList(List<SearchHit> hits) {
        addClassName("search-hits");
        hits.forEach(hit -> add(item(hit)));
    }

    private ListItem item(SearchHit hit) {
        RouterLink link = new RouterLink(hit.reference(), RequestView.class, RequestView.parameters(hit.id()));
        H3 heading = new H3(link, new Span(" – " + hit.procedureTitle()));
        Paragraph facts = new Paragraph(String.join(" · ", List.of(hit.statusLabel(), hit.channelLabel(),
                getTranslation("backoffice.search.hit.submitted", DAY.format(hit.submittedAt())),
                hit.citizen() == null ? getTranslation("backoffice.search.hit.nobody") : hit.citizen(),
                hit.assignee() == null ? getTranslation("backoffice.inbox.assignee.nobody") : hit.assignee())));
        facts.addClassName("search-hit-facts");
        ListItem item = new ListItem(heading, facts);
        item.addClassName("search-hit");
        for (Extract extract : hit.extracts()) {
            Div quote = new Div(new Span(extract.source() + " : "), new Html("<span>" + extract.html() + "</span>"));
            quote.addClassName("search-extract");
            item.add(quote);
        }
        return item;
    }
}
