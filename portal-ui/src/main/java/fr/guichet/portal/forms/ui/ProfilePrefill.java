package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.forms.FormDefinition;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.portal.account.ui.CitizenSignInView;
import fr.guichet.portal.account.ui.ProfileView;
import java.util.Optional;

/**
 * The same information is never asked twice: a signed-in citizen finds the form filled from their profile, with a
 * note saying so; a visitor is told that signing in would fill it. The answers stay the citizen's to correct (except
 * certified ones) and the server validates them like any other.
 */
final class ProfilePrefill {

    private ProfilePrefill() {
    }

    /** Prefills {@code wizard} when a citizen is signed in; the note to show above the form, if any. */
    static Optional<Component> apply(FormWizard wizard, FormDefinition form, CitizenProfiles profiles,
            AuthenticationContext authentication, String formPath) {
        Paragraph note = new Paragraph();
        note.addClassName("prefill-notice");
        note.getElement().setAttribute("role", "note");
        if (authentication.hasRole(CitizenAuthentication.ROLE)) {
            if (wizard.prefill(profiles.prefill(form)) == 0) {
                return Optional.empty();
            }
            note.add(new Text(wizard.getTranslation("portal.form.prefill.note") + " "),
                    new RouterLink(wizard.getTranslation("portal.form.prefill.profile"), ProfileView.class));
            return Optional.of(note);
        }
        if (form.allFields().stream().noneMatch(field -> field.prefill() != null)) {
            return Optional.empty();
        }
        RouterLink signIn = new RouterLink(wizard.getTranslation("portal.form.prefill.signin"),
                CitizenSignInView.class);
        signIn.setQueryParameters(CitizenSignInView.returningTo(formPath));
        note.add(signIn, new Text(" " + wizard.getTranslation("portal.form.prefill.signin.why")));
        return Optional.of(note);
    }
}
