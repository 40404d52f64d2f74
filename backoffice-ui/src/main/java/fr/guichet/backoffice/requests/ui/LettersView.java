package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.requests.Correspondence;
import fr.guichet.requests.TransitionRefused;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * « Courriers à envoyer »: the notices of citizens who prefer post, as letters to download, print and post; marking
 * one as sent records it in its request's timeline and takes it off the list.
 */
@Route(value = "agents/courriers", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN"})
public class LettersView extends Div implements HasDynamicTitle {

    private final Correspondence correspondence;
    private final Paragraph status = new Paragraph();
    private final Div letters = new Div();

    public LettersView(Correspondence correspondence) {
        this.correspondence = correspondence;
        addClassNames("view", "letters");
        status.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("backoffice.letters.heading")), new Paragraph(getTranslation(
                "backoffice.letters.intro")), status, letters);
        refresh();
    }

    private void refresh() {
        letters.removeAll();
        List<Correspondence.LetterToSend> waiting = correspondence.lettersToSend();
        if (waiting.isEmpty()) {
            letters.add(new Paragraph(getTranslation("backoffice.letters.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("letters-list");
        for (Correspondence.LetterToSend letter : waiting) {
            Button sent = new Button(getTranslation("backoffice.letters.sent"), click -> markSent(letter));
            sent.setAriaLabel(getTranslation("backoffice.letters.sent.label", letter.reference()));
            list.add(new ListItem(new RouterLink(letter.reference(), RequestView.class, RequestView.parameters(
                    letter.letter().requestId())), new Span(" – "), IssuedDocumentsPanel.link(correspondence,
                    letter.letter().requestId(), letter.letter()), new Span(getTranslation(
                    "backoffice.letters.created", FrenchDates.day(letter.letter().createdAt()))), sent));
        }
        letters.add(list);
    }

    private void markSent(Correspondence.LetterToSend letter) {
        try {
            correspondence.markSent(letter.letter().id());
            status.setText(getTranslation("backoffice.letters.done", letter.reference()));
        } catch (TransitionRefused refused) {
            status.setText(refused.getMessage());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.letters.heading");
    }
}
