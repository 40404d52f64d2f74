package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.attachments.AttachmentSummary;
import fr.guichet.attachments.Attachments;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.documents.IssuedDocumentSummary;
import fr.guichet.requests.Casework;
import fr.guichet.requests.Correspondence;
import fr.guichet.requests.RequestChangedMeanwhile;
import fr.guichet.requests.RequestFile;
import fr.guichet.requests.TransitionRefused;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A request as an agent processes it: its details, the answers with their procedure version, the files joined, the
 * actions allowed, the timeline. Opening it is recorded. An action on a request someone changed meanwhile is refused with a clear
 * message and the page shows the request as it now is; nothing typed in the failed action is written.
 */
@Route(value = "agents/demandes/:id", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN"})
public class RequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Casework casework;
    private final Attachments attachments;
    private final Correspondence correspondence;
    private final String me;
    private final Div outcome = new Div();
    private RequestFile file;
    private String title = "";

    public RequestView(Casework casework, Attachments attachments, Correspondence correspondence,
            AuthenticationContext authentication) {
        this.correspondence = correspondence;
        this.casework = casework;
        this.attachments = attachments;
        this.me = authentication.getPrincipalName().orElse("");
        addClassNames("view", "request-view");
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName("request-outcome");
    }

    public static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID id = event.getRouteParameters().get("id").flatMap(RequestView::uuid).orElseThrow(NotFoundException::new);
        try {
            show(casework.open(id));
        } catch (TransitionRefused unknown) {
            throw new NotFoundException();
        }
    }

    private void show(RequestFile shown) {
        this.file = shown;
        title = getTranslation("backoffice.request.heading", shown.reference());
        removeAll();
        add(new RouterLink(getTranslation("backoffice.request.back"), InboxView.class), new H1(title), outcome,
                summary(shown), new RequestActions(shown, me, this::run, casework), new AnswersPanel(shown));
        List<AttachmentSummary> files = attachments.ofRequest(shown.id());
        if (!files.isEmpty()) {
            add(new AttachmentsPanel(shown.id(), files, attachments));
        }
        List<IssuedDocumentSummary> documents = correspondence.ofRequest(shown.id());
        if (!documents.isEmpty()) {
            add(new IssuedDocumentsPanel(shown.id(), documents, correspondence));
        }
        add(new TimelinePanel(shown.timeline()));
    }

    private DescriptionList summary(RequestFile shown) {
        DescriptionList list = new DescriptionList();
        list.addClassName("request-summary");
        item(list, "backoffice.request.status", shown.statusLabel());
        item(list, "backoffice.request.procedure", getTranslation("backoffice.request.procedure.version",
                shown.procedureTitle(), shown.procedureVersion()));
        item(list, "backoffice.request.channel", shown.channel().label());
        item(list, "backoffice.request.requester", String.join(" – ",
                java.util.stream.Stream.of(shown.contactName(), shown.contactEmail())
                        .filter(java.util.Objects::nonNull).toList()));
        item(list, "backoffice.request.submitted", FrenchDates.moment(shown.submittedAt()));
        if (shown.dueAt() != null) {
            item(list, "backoffice.request.due", shown.overdue() ? getTranslation("backoffice.inbox.overdue.badge",
                    FrenchDates.day(shown.dueAt())) : FrenchDates.day(shown.dueAt()));
        }
        item(list, "backoffice.request.assignee", shown.assignee() == null
                ? getTranslation("backoffice.inbox.assignee.nobody") : shown.assignee());
        item(list, "backoffice.request.team", shown.teamName() == null
                ? getTranslation("backoffice.request.team.nobody") : shown.teamName());
        if (shown.registeredBy() != null) {
            item(list, "backoffice.request.registeredBy", shown.registeredBy());
        }
        return list;
    }

    private void item(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    /** Runs an action against the version shown; a conflict or a refusal is explained and nothing is lost. */
    private void run(RequestActions.Action action) {
        try {
            RequestFile updated = action.apply(file.lockVersion());
            show(updated);
            outcome.removeAll();
            outcome.setText(getTranslation("backoffice.request.done"));
            outcome.removeClassName("form-errors");
        } catch (RequestChangedMeanwhile conflict) {
            // What the agent typed stays on the page until they choose to see the request as it now is.
            outcome.removeAll();
            outcome.setText(conflict.getMessage());
            outcome.add(new Button(getTranslation("backoffice.request.reload"), click -> show(casework.open(file.id()))));
            outcome.addClassName("form-errors");
            Notification.show(conflict.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        } catch (TransitionRefused refused) {
            outcome.removeAll();
            outcome.setText(refused.getMessage());
            outcome.addClassName("form-errors");
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("backoffice.inbox.heading");
    }
}
