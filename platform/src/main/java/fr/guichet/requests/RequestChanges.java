package fr.guichet.requests;

import fr.guichet.tenancy.TenantContext;
import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.Transition;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowState;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way a request changes, whoever acts (an agent in {@link Casework}, the citizen in {@link Tracking}): the
 * version the person saw is checked, the change is flushed so that a race shows up as {@link RequestChangedMeanwhile}
 * and nothing is written; a workflow move runs the entered state's actions (documents generated, then the citizen
 * notified) and announces itself, all in the caller's transaction.
 */
@Component
class RequestChanges {

    private final Requests requests;
    private final RequestNotices notices;
    private final TeamNotices teamNotices;
    private final RequestDocuments documents;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestChanges(Requests requests, RequestNotices notices, TeamNotices teamNotices, RequestDocuments documents,
            ApplicationEventPublisher events, Clock clock) {
        this.teamNotices = teamNotices;
        this.requests = requests;
        this.notices = notices;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /** Applies {@code action} to the request as {@code seenVersion} showed it, or refuses if it changed since. */
    Request apply(Request request, long seenVersion, Consumer<Request> action) {
        if (request.lockVersion() != seenVersion) {
            throw new RequestChangedMeanwhile(request.reference());
        }
        action.accept(request);
        try {
            return requests.saveAndFlush(request);
        } catch (ObjectOptimisticLockingFailureException | OptimisticLockException raced) {
            throw new RequestChangedMeanwhile(request.reference());
        }
    }

    /** Moves the request along {@code transition}, then runs what entering the new state asks for. */
    void move(Request request, Workflow workflow, Transition transition, String actor, @Nullable String comment) {
        String from = request.status();
        request.move(workflow, transition, actor, comment, clock.instant());
        WorkflowState entered = workflow.state(request.status()).orElseThrow();
        entered.onEnter().stream()
                .filter(action -> action.kind() == StateAction.Kind.GENERATE_DOCUMENT && action.template() != null)
                .forEach(action -> documents.generate(request, action.template(), entered.citizenLabel(), actor,
                        transition.commentVisibleToCitizen() ? comment : null));
        entered.onEnter().stream()
                .filter(action -> action.kind() == StateAction.Kind.NOTIFY_CITIZEN && action.template() != null)
                .forEach(action -> notices.entered(request, action.template(), entered.citizenLabel(), comment));
        teamNotices.entered(request, entered);
        events.publishEvent(new RequestMoved(TenantContext.requiredTenant().id(), request.id(), request.reference(),
                from, request.status(), actor));
    }
}
