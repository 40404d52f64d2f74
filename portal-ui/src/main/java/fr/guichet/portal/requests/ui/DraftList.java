package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.drafts.DraftSummary;
import fr.guichet.drafts.Drafts;
import fr.guichet.portal.forms.ui.FormView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * « Brouillons » on « Mes demandes »: the forms a citizen started and did not send, last saved first, each to resume
 * or delete (confirmed). Hidden when there is none.
 */
final class DraftList extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private final Drafts drafts;
    private final Paragraph outcome = new Paragraph();

    DraftList(Drafts drafts) {
        this.drafts = drafts;
        addClassName("draft-list");
        setId("brouillons");
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("draft-list-outcome");
        refresh();
    }

    private void refresh() {
        removeAll();
        var mine = drafts.mine();
        setVisible(!mine.isEmpty() || !outcome.getText().isEmpty());
        add(new H2(getTranslation("portal.drafts.title")), outcome);
        UnorderedList list = new UnorderedList();
        mine.forEach(draft -> list.add(item(draft)));
        if (!mine.isEmpty()) {
            add(list);
        }
    }

    private ListItem item(DraftSummary draft) {
        ListItem item = new ListItem(new H3(draft.procedureTitle()), new Paragraph(getTranslation(
                "portal.drafts.saved", RequestList.DAY.format(draft.savedAt()), TIME.format(draft.savedAt()),
                RequestList.DAY.format(draft.expiresAt()))));
        item.addClassName("draft-item");
        Div actions = new Div();
        actions.addClassName("draft-actions");
        if (draft.resumable()) {
            RouterLink resume = new RouterLink(getTranslation("portal.drafts.resume"), FormView.class,
                    new RouteParameters("slug", draft.procedureSlug()));
            resume.getElement().setAttribute("aria-label", getTranslation("portal.drafts.resume.label",
                    draft.procedureTitle()));
            resume.addClassName("draft-resume");
            actions.add(resume);
        } else {
            item.add(new Paragraph(getTranslation("portal.drafts.closed")));
        }
        Button delete = new Button(getTranslation("portal.drafts.delete"), click -> confirmDelete(draft));
        delete.setAriaLabel(getTranslation("portal.drafts.delete.label", draft.procedureTitle()));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.addClassName("draft-delete");
        actions.add(delete);
        item.add(actions);
        return item;
    }

    private void confirmDelete(DraftSummary draft) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("portal.drafts.delete.title"),
                getTranslation("portal.drafts.delete.text", draft.procedureTitle()),
                getTranslation("portal.drafts.delete"), confirm -> {
                    drafts.delete(draft.id());
                    outcome.setText(getTranslation("portal.drafts.deleted"));
                    refresh();
                    outcome.getElement().callJsFunction("focus");
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
