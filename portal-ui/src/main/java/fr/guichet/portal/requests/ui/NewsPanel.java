package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.guichet.notifications.InboxEntry;
import java.util.List;

/** The citizen's notifications inside the portal, newest first; those not seen before are marked « Nouveau ». */
final class NewsPanel extends Section {

    NewsPanel(List<InboxEntry> entries) {
        addClassName("portal-news");
        add(new H2(getTranslation("portal.tracking.news")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("portal.tracking.news.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (InboxEntry entry : entries) {
            ListItem item = new ListItem();
            if (!entry.read()) {
                Span fresh = new Span(getTranslation("portal.tracking.news.new"));
                fresh.addClassName("news-new");
                item.add(fresh);
            }
            item.add(new Span(RequestList.DAY.format(entry.createdAt()) + " – "));
            if (entry.link() != null) {
                item.add(new Anchor(entry.link(), entry.title()));
            } else {
                item.add(new Span(entry.title()));
            }
            list.add(item);
        }
        add(list);
    }
}
