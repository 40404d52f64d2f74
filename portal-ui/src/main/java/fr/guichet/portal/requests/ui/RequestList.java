package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.requests.TrackedRequest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** A citizen's requests, newest first, each a link to its page; those waiting for the citizen stand out. */
final class RequestList extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    RequestList(List<TrackedRequest> requests, Function<TrackedRequest, RouterLink> link) {
        addClassName("tracked-list");
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("portal.tracking.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (TrackedRequest request : requests) {
            RouterLink title = link.apply(request);
            title.setText(request.procedureTitle() + " – " + request.reference());
            Span status = new Span(getTranslation("portal.tracking.status", request.statusLabel(),
                    DAY.format(request.submittedAt())));
            ListItem item = new ListItem(new H3(title), status);
            if (request.waitingForYou()) {
                Paragraph waiting = new Paragraph(getTranslation("portal.tracking.waiting"));
                waiting.addClassName("tracked-waiting");
                item.add(waiting);
            }
            list.add(item);
        }
        add(list);
    }
}
