package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import fr.guichet.documents.IssuedDocumentContent;
import fr.guichet.forms.AnswerSheet;
import fr.guichet.requests.RequestChangedMeanwhile;
import fr.guichet.requests.TimelineEntry;
import fr.guichet.requests.TrackedRequest;
import fr.guichet.requests.TransitionRefused;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * One request as its citizen follows it: its status, the documents the town hall issued, its request for more
 * information with the answer form, the history in plain French, the answers given, a message form and the
 * withdrawal.
 */
final class TrackedRequestPanel extends Div {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH'h'mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    /** What the panel asks of the tracking service, for the signed-in citizen or a guest link. */
    interface Actions {
        TrackedRequest answer(TrackedRequest request, String text);

        TrackedRequest write(TrackedRequest request, String text);

        TrackedRequest withdraw(TrackedRequest request);

        /** A document of the request, if the caller may still read it. */
        Optional<IssuedDocumentContent> document(TrackedRequest request, UUID documentId);
    }

    private final Actions actions;
    private final Div outcome = new Div();

    TrackedRequestPanel(TrackedRequest request, Actions actions) {
        this.actions = actions;
        addClassName("tracked-request");
        outcome.getElement().setAttribute("role", "status");
        show(request);
    }

    private void show(TrackedRequest request) {
        removeAll();
        DescriptionList summary = new DescriptionList();
        summary.addClassName("request-summary");
        summary.add(new DescriptionList.Term(getTranslation("portal.tracking.statusLabel")),
                new DescriptionList.Description(request.statusLabel()),
                new DescriptionList.Term(getTranslation("portal.tracking.submitted")),
                new DescriptionList.Description(MOMENT.format(request.submittedAt())));
        add(outcome, summary);
        if (!request.documents().isEmpty()) {
            add(new ReceivedDocuments(request, actions));
        }
        if (request.waitingForYou()) {
            add(replyForm(request, "portal.tracking.answer", "portal.tracking.answer.send", true));
        }
        add(history(request), answers(request));
        if (!request.waitingForYou() && request.canWithdraw()) {
            add(replyForm(request, "portal.tracking.write", "portal.tracking.write.send", false));
        }
        if (request.canWithdraw()) {
            Button withdraw = new Button(getTranslation("portal.tracking.withdraw"), click -> confirmWithdraw(request));
            withdraw.addThemeVariants(ButtonVariant.ERROR);
            add(withdraw);
        }
    }

    private Section replyForm(TrackedRequest request, String label, String action, boolean answer) {
        Section section = new Section();
        section.addClassNames(answer ? "tracked-waiting" : "tracked-write", "form-stack");
        section.add(new H2(getTranslation(label)));
        if (answer) {
            request.timeline().stream().filter(entry -> entry.text() != null).reduce((a, b) -> b)
                    .ifPresent(last -> section.add(new Paragraph(last.text())));
        }
        TextArea text = new TextArea(getTranslation(answer ? "portal.tracking.answer.label"
                : "portal.tracking.write.label"));
        text.setMaxLength(10_000);
        text.setWidth("min(40rem, 100%)");
        Button send = new Button(getTranslation(action), click -> run(() -> answer
                ? actions.answer(request, text.getValue()) : actions.write(request, text.getValue())));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(text, send);
        return section;
    }

    private Section history(TrackedRequest request) {
        OrderedList list = new OrderedList();
        for (TimelineEntry entry : request.timeline()) {
            ListItem item = new ListItem(new Paragraph(MOMENT.format(entry.at()) + " – " + describe(entry)));
            if (entry.text() != null) {
                Paragraph text = new Paragraph(entry.text());
                text.addClassName("timeline-text");
                item.add(text);
            }
            list.add(item);
        }
        Section section = new Section(new H2(getTranslation("portal.tracking.history")), list);
        section.addClassName("request-timeline");
        return section;
    }

    private String describe(TimelineEntry entry) {
        return switch (entry.kind()) {
            case SUBMITTED -> getTranslation("portal.tracking.event.submitted");
            case TRANSITION -> getTranslation("portal.tracking.event.status", entry.to(), entry.actor());
            case MESSAGE_TO_CITIZEN -> getTranslation("portal.tracking.event.messageTo");
            case MESSAGE_FROM_CITIZEN -> getTranslation("portal.tracking.event.messageFrom");
            case DOCUMENT_ISSUED -> getTranslation("portal.tracking.event.document");
            case LETTER_SENT -> getTranslation("portal.tracking.event.letter");
            case NOTE, ASSIGNED, TEAM_ASSIGNED -> "";
        };
    }

    private Section answers(TrackedRequest request) {
        Section section = new Section(new H2(getTranslation("portal.tracking.answers", request.procedureVersion())));
        DescriptionList list = new DescriptionList();
        list.addClassName("answer-list");
        for (AnswerSheet.Line line : request.answers()) {
            if (line.kind() == AnswerSheet.Kind.ANSWER) {
                list.add(new DescriptionList.Term(line.label()), new DescriptionList.Description(line.text()));
            } else if (line.kind() == AnswerSheet.Kind.PAGE) {
                section.add(list);
                section.add(new H3(line.label()));
                list = new DescriptionList();
                list.addClassName("answer-list");
            }
        }
        section.add(list);
        return section;
    }

    private void confirmWithdraw(TrackedRequest request) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("portal.tracking.withdraw.title"),
                getTranslation("portal.tracking.withdraw.text"), getTranslation("portal.tracking.withdraw"),
                confirm -> run(() -> actions.withdraw(request)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void run(java.util.function.Supplier<TrackedRequest> action) {
        try {
            TrackedRequest updated = action.get();
            show(updated);
            outcome.setText(getTranslation("portal.tracking.done"));
            outcome.removeClassName("form-errors");
        } catch (TransitionRefused | RequestChangedMeanwhile refused) {
            outcome.setText(refused.getMessage());
            outcome.addClassName("form-errors");
        }
    }
}
