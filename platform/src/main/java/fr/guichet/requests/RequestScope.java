package fr.guichet.requests;

import fr.guichet.attachments.AttachmentAccess;
import fr.guichet.teams.AgentScope;
import fr.guichet.teams.OpenAssignments;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What other features ask about requests without depending on this one: whether the signed-in agent may see a
 * request (its files are theirs to read only then) and how much open work a team still has.
 */
@Component
class RequestScope implements AttachmentAccess, OpenAssignments {

    private final Requests requests;
    private final AgentScope scope;

    RequestScope(Requests requests, AgentScope scope) {
        this.requests = requests;
        this.scope = scope;
    }

    @Override
    public boolean agentMaySee(UUID requestId) {
        return requests.procedureOf(requestId).filter(scope.ofCurrentAgent()::includes).isPresent();
    }

    @Override
    public long openRequestsAssignedTo(UUID teamId) {
        return requests.countByTeamIdAndClosedAtIsNull(teamId);
    }
}
