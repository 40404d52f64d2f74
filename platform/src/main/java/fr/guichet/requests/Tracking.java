package fr.guichet.requests;

import fr.guichet.catalog.Catalog;
import fr.guichet.documents.IssuedDocumentContent;
import fr.guichet.documents.IssuedDocumentSummary;
import fr.guichet.documents.IssuedDocuments;
import fr.guichet.forms.AnswerSheet;
import fr.guichet.forms.FormJson;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.GuestAccess;
import fr.guichet.notifications.InboxEntry;
import fr.guichet.notifications.PortalInbox;
import fr.guichet.tenancy.TenantTransactional;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Citizens following their requests: signed in (« Mes demandes ») or as guests with the tracking link mailed to them.
 * They see only their own requests, answer a request for more information (the request returns to the agent), write
 * to the town hall, or withdraw. Who may see a request is decided here, from the session or the link's token.
 */
@Service
public class Tracking {

    private final Requests requests;
    private final Catalog catalog;
    private final CitizenProfiles citizens;
    private final GuestAccess guests;
    private final Clock clock;
    private final PortalInbox inbox;
    private final RequestChanges changes;
    private final RequestWorkflows workflows;
    private final IssuedDocuments documents;

    Tracking(Requests requests, Catalog catalog, CitizenProfiles citizens, GuestAccess guests, Clock clock,
            PortalInbox inbox, RequestChanges changes, RequestWorkflows workflows, IssuedDocuments documents) {
        this.workflows = workflows;
        this.documents = documents;
        this.inbox = inbox;
        this.changes = changes;
        this.requests = requests;
        this.catalog = catalog;
        this.citizens = citizens;
        this.guests = guests;
        this.clock = clock;
    }

    /** The requests the caller may follow: a signed-in citizen's, or those of a guest link's address. */
    @TenantTransactional(readOnly = true)
    public Optional<List<TrackedRequest>> list(@Nullable String guestToken) {
        return owned(guestToken).map(list -> list.stream().map(this::tracked).toList());
    }

    @TenantTransactional(readOnly = true)
    public Optional<TrackedRequest> find(@Nullable String guestToken, String reference) {
        return request(guestToken, reference).map(this::tracked);
    }

    /**
     * The signed-in citizen's latest notifications in the portal (unread ones flagged), which are then marked read:
     * « Mes demandes » is where they are shown.
     */
    @TenantTransactional
    @PreAuthorize("hasRole('CITIZEN')")
    public List<InboxEntry> news() {
        UUID citizen = citizens.currentId();
        List<InboxEntry> latest = inbox.list(citizen, 10);
        inbox.markAllRead(citizen);
        return latest;
    }

    /** Answers a request for more information: the request returns to the agent with the answer. */
    @TenantTransactional
    public TrackedRequest answer(@Nullable String guestToken, String reference, long seenVersion, String text) {
        return move(guestToken, reference, seenVersion, Workflow.ANSWER, text);
    }

    @TenantTransactional
    public TrackedRequest withdraw(@Nullable String guestToken, String reference, long seenVersion) {
        return move(guestToken, reference, seenVersion, Workflow.WITHDRAW, null);
    }

    @TenantTransactional
    public TrackedRequest write(@Nullable String guestToken, String reference, long seenVersion, String text) {
        return change(guestToken, reference, seenVersion, request -> request.messageFromCitizen(text,
                clock.instant()));
    }

    /**
     * A document the town hall issued to the caller's request (« Documents reçus »), or empty when the request is not
     * theirs or the document not one of its documents for the citizen.
     */
    @TenantTransactional(readOnly = true)
    public Optional<IssuedDocumentContent> document(@Nullable String guestToken, String reference, UUID documentId) {
        return request(guestToken, reference).flatMap(request -> documents.content(request.id(), documentId))
                .filter(found -> found.summary().kind() == IssuedDocumentSummary.Kind.DOCUMENT);
    }

    private TrackedRequest move(@Nullable String guestToken, String reference, long seenVersion, String key,
            @Nullable String text) {
        return change(guestToken, reference, seenVersion, request -> {
            Workflow workflow = workflows.of(request);
            Transition transition = workflow.transition(key).filter(Transition::byCitizen).orElseThrow(
                    () -> new TransitionRefused("Cette action n’est pas possible pour cette demande."));
            changes.move(request, workflow, transition, Request.CITIZEN, text);
        });
    }

    private TrackedRequest change(@Nullable String guestToken, String reference, long seenVersion,
            Consumer<Request> action) {
        Request request = request(guestToken, reference).orElseThrow(() -> new TransitionRefused(
                "Cette demande n’est pas accessible avec ce lien ou ce compte."));
        return tracked(changes.apply(request, seenVersion, action));
    }

    private Optional<List<Request>> owned(@Nullable String guestToken) {
        if (guestToken == null) {
            return CitizenProfiles.signedInHere()
                    ? Optional.of(requests.findByCitizenIdOrderBySubmittedAtDesc(citizens.currentId()))
                    : Optional.empty();
        }
        return guests.resolve(guestToken).map(requests::findByGuestEmail);
    }

    private Optional<Request> request(@Nullable String guestToken, String reference) {
        Optional<Request> found = requests.findByReference(reference);
        if (guestToken == null) {
            return CitizenProfiles.signedInHere() ? found.filter(r -> Objects.equals(r.citizenId(),
                    citizens.currentId())) : Optional.empty();
        }
        Optional<String> email = guests.resolve(guestToken);
        return found.filter(r -> r.citizenId() == null && r.contactEmail() != null && email.isPresent()
                && r.contactEmail().equalsIgnoreCase(email.get()));
    }

    private TrackedRequest tracked(Request request) {
        Workflow workflow = workflows.of(request);
        String formJson = catalog.version(request.procedureId(), request.procedureVersion()).orElseThrow()
                .formJson();
        boolean open = request.closedAt() == null;
        return new TrackedRequest(request.reference(), request.lockVersion(), request.procedureTitle(),
                request.procedureVersion(), request.status(), workflow.citizenLabel(request.status()),
                request.submittedAt(), request.updatedAt(), open && workflow.citizenMoves(request.status()).stream()
                        .anyMatch(t -> t.key().equals(Workflow.ANSWER)),
                open && workflow.citizenMoves(request.status()).stream()
                        .anyMatch(t -> t.key().equals(Workflow.WITHDRAW)),
                AnswerSheet.of(FormJson.read(formJson), AnswersJson.read(request.answersJson())),
                request.events().stream().filter(RequestEvent::visibleToCitizen)
                        .map(event -> TimelineEntry.forCitizen(event, workflow)).toList(),
                documents.ofRequest(request.id()).stream()
                        .filter(d -> d.kind() == IssuedDocumentSummary.Kind.DOCUMENT).toList());
    }
}
