package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import fr.guichet.requests.EventKind;
import fr.guichet.requests.TimelineEntry;
import java.util.List;

/** What happened to the request, oldest first; internal notes are marked as never shown to the citizen. */
final class TimelinePanel extends Section {

    TimelinePanel(List<TimelineEntry> timeline) {
        addClassName("request-timeline");
        add(new H2(getTranslation("backoffice.request.timeline")));
        OrderedList list = new OrderedList();
        for (TimelineEntry entry : timeline) {
            ListItem item = new ListItem();
            Span when = new Span(FrenchDates.moment(entry.at()) + " – " + entry.actor());
            when.addClassName("timeline-when");
            item.add(when, new Paragraph(describe(entry)));
            if (entry.text() != null && entry.kind() != EventKind.ASSIGNED && entry.kind() != EventKind.TEAM_ASSIGNED) {
                Paragraph text = new Paragraph(entry.text());
                text.addClassName("timeline-text");
                item.add(text);
            }
            if (!entry.visibleToCitizen()) {
                item.addClassName("internal");
            }
            list.add(item);
        }
        add(list);
    }

    private String describe(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SUBMITTED -> getTranslation("backoffice.timeline.submitted", entry.to());
            case TRANSITION -> getTranslation("backoffice.timeline.transition", entry.from(), entry.to());
            case MESSAGE_TO_CITIZEN -> getTranslation("backoffice.timeline.messageTo");
            case MESSAGE_FROM_CITIZEN -> getTranslation("backoffice.timeline.messageFrom");
            case NOTE -> getTranslation("backoffice.timeline.note");
            case DOCUMENT_ISSUED -> getTranslation("backoffice.timeline.document");
            case LETTER_SENT -> getTranslation("backoffice.timeline.letterSent");
            case ASSIGNED -> entry.text() == null ? getTranslation("backoffice.timeline.unassigned")
                    : getTranslation("backoffice.timeline.assigned", entry.text());
            case TEAM_ASSIGNED -> entry.text() == null ? getTranslation("backoffice.timeline.team.removed")
                    : getTranslation("backoffice.timeline.team.assigned", entry.text());
        };
    }
}
