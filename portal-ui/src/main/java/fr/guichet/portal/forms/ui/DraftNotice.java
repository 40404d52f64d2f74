package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.drafts.DraftOpening;
import fr.guichet.drafts.Drafts;
import fr.guichet.portal.account.ui.CitizenSignInView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What the form says about drafts above it: a draft resumed (with « Recommencer », confirmed), a procedure changed
 * since, a draft expired; and to a visitor, that signing in keeps their answers.
 */
final class DraftNotice extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    private DraftNotice() {
        addClassName("draft-notice");
        setId("brouillon");
        getElement().setAttribute("role", "note");
    }

    /** The notice for a signed-in citizen's opening of the form, if there is something to say. */
    static Optional<Component> of(DraftOpening opening, Drafts drafts, String slug) {
        DraftNotice notice = new DraftNotice();
        switch (opening) {
            case DraftOpening.Fresh fresh -> {
                return Optional.empty();
            }
            case DraftOpening.Expired expired -> notice.add(new Paragraph(notice.getTranslation(
                    "portal.draft.expired", DAY.format(expired.expiredAt()))));
            case DraftOpening.Resumed resumed -> {
                notice.add(new Paragraph(notice.getTranslation("portal.draft.resumed",
                        DAY.format(resumed.savedAt()), DraftAutosave.TIME.format(resumed.savedAt()),
                        DAY.format(resumed.expiresAt()))));
                if (resumed.versionChanged()) {
                    Paragraph changed = new Paragraph(notice.getTranslation("portal.draft.versionChanged"));
                    changed.addClassName("draft-version-changed");
                    notice.add(changed);
                }
                Button restart = new Button(notice.getTranslation("portal.draft.restart"),
                        click -> notice.confirmRestart(drafts, slug));
                restart.setId("recommencer");
                restart.addThemeVariants(ButtonVariant.TERTIARY);
                notice.add(restart);
            }
        }
        return Optional.of(notice);
    }

    /** To a visitor: answers are not kept unless they sign in (decision 013). */
    static Component forGuest(String formPath) {
        DraftNotice notice = new DraftNotice();
        Paragraph text = new Paragraph(new Text(notice.getTranslation("portal.draft.guest") + " "));
        RouterLink signIn = new RouterLink(notice.getTranslation("portal.draft.guest.signin"),
                CitizenSignInView.class);
        signIn.setQueryParameters(CitizenSignInView.returningTo(formPath));
        text.add(signIn, new Text(" " + notice.getTranslation("portal.draft.guest.why")));
        notice.add(text);
        return notice;
    }

    private void confirmRestart(Drafts drafts, String slug) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("portal.draft.restart.title"),
                getTranslation("portal.draft.restart.text"), getTranslation("portal.draft.restart.confirm"),
                confirm -> {
                    drafts.restart(slug);
                    UI.getCurrent().refreshCurrentRoute(false);
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
