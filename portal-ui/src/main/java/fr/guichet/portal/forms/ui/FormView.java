package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureSummary;
import fr.guichet.drafts.DraftOpening;
import fr.guichet.drafts.Drafts;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.catalog.ui.ProcedureView;
import fr.guichet.requests.Intakes;
import fr.guichet.requests.Submissions;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * The form of a published procedure, rendered from the definition of its published version and validated by the
 * server against it, prefilled from the profile of a signed-in citizen, then submitted as a request (guests give an
 * e-mail address for the tracking link). A signed-in citizen's answers are saved as a draft as they go and resumed
 * here (decision 013). With {@code ?pour=<token>}, an agent fills it for a person met through
 * another channel (see {@code Intakes}), without prefill.
 */
@Route(value = "demarches/:slug/formulaire", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class FormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final Submissions submissions;
    private final Intakes intakes;
    private final CitizenProfiles profiles;
    private final Drafts drafts;
    private final AuthenticationContext authentication;
    private @Nullable FormWizard wizard;
    private String title = "";

    public FormView(Catalog catalog, Submissions submissions, Intakes intakes, CitizenProfiles profiles,
            Drafts drafts, AuthenticationContext authentication) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.submissions = submissions;
        this.intakes = intakes;
        this.profiles = profiles;
        this.authentication = authentication;
        addClassName("form-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElseThrow(NotFoundException::new);
        ProcedureSummary procedure = catalog.publishedBySlug(slug).orElseThrow(NotFoundException::new);
        String formJson = catalog.publishedVersion(procedure.id()).orElseThrow(NotFoundException::new)
                .formJson();
        FormDefinition form = FormJson.read(formJson);
        title = procedure.description().title();
        removeAll();
        String page = "demarches/" + slug;
        String accountEmail = authentication.hasRole(CitizenAuthentication.ROLE) ? profiles.current().email() : null;
        SubmitFinish submit = new SubmitFinish(submissions, slug, new RequesterPanel(page, accountEmail), this);
        FormFinish finish = submit;
        Paragraph onBehalf = null;
        String token = event.getLocation().getQueryParameters().getParameters().getOrDefault("pour", List.of())
                .stream().findFirst().orElse(null);
        if (token != null) {
            Intakes.Intake intake = intake(token).orElseThrow(NotFoundException::new);
            finish = new OnBehalfFinish(submissions, intakes, token, intake, slug, this);
            onBehalf = new Paragraph(getTranslation("portal.onbehalf.banner", intake.requester().name(),
                    intake.channel().label().toLowerCase(java.util.Locale.FRENCH)));
            onBehalf.addClassName("preview-notice");
            onBehalf.getElement().setAttribute("role", "note");
        }
        wizard = new FormWizard(form, title, finish);
        RouterLink back = new RouterLink(getTranslation("portal.form.back"), ProcedureView.class,
                new RouteParameters("slug", slug));
        Paragraph required = new Paragraph(getTranslation("portal.form.required"));
        required.addClassName("form-required-legend");
        if (onBehalf != null) {
            add(onBehalf, back, new H1(title), required, wizard);
            return;
        }
        add(back, new H1(title), required);
        String formPath = "demarches/" + slug + "/formulaire";
        Optional<Component> prefilled = ProfilePrefill.apply(wizard, form, profiles, authentication, formPath);
        if (accountEmail == null) {
            add(DraftNotice.forGuest(formPath));
            prefilled.ifPresent(this::add);
            add(wizard);
            return;
        }
        DraftOpening opening = drafts.open(slug);
        if (opening instanceof DraftOpening.Resumed resumed) {
            wizard.restore(resumed.answers(), resumed.pageKey());
        }
        DraftNotice.of(opening, drafts, slug).ifPresent(this::add);
        prefilled.ifPresent(this::add);
        DraftAutosave autosave = new DraftAutosave(drafts, slug, wizard);
        submit.afterSubmission(autosave::stop);
        add(wizard, autosave.status());
    }

    /** The agent's registration under {@code token}; nothing for anyone else (a citizen, another agent). */
    private Optional<Intakes.Intake> intake(String token) {
        try {
            return intakes.find(token);
        } catch (AccessDeniedException | AuthenticationCredentialsNotFoundException notAnAgent) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return wizard == null ? title : wizard.documentTitle();
    }
}
