package fr.guichet.requests;

import fr.guichet.identity.AgentSummary;
import fr.guichet.notifications.Notification;
import fr.guichet.notifications.Notifications;
import fr.guichet.notifications.TemplateKey;
import fr.guichet.teams.TeamDirectory;
import fr.guichet.teams.TeamSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import fr.guichet.workflows.StateAction;
import fr.guichet.workflows.WorkflowState;
import org.springframework.stereotype.Component;

/**
 * The {@link StateAction.Kind#NOTIFY_TEAM} action: when a request enters a state that asks for it, every agent of
 * the team the request is assigned to (else of the teams processing its procedure) gets one e-mail through the
 * notifications outbox, in the transaction of the change. The action's template is not used: the message is the
 * tenant's {@link TemplateKey#TEAM_NOTIFIED} template, editable like the others.
 */
@Component
class TeamNotices {

    private final TeamDirectory teams;
    private final Notifications notifications;
    private final PortalRoot root;

    TeamNotices(TeamDirectory teams, Notifications notifications, PortalRoot root) {
        this.teams = teams;
        this.notifications = notifications;
        this.root = root;
    }

    /** Runs the NOTIFY_TEAM actions of {@code entered}, the state the request has just entered. */
    void entered(Request request, WorkflowState entered) {
        if (entered.onEnter().stream().noneMatch(action -> action.kind() == StateAction.Kind.NOTIFY_TEAM)) {
            return;
        }
        List<TeamSummary> notified = request.teamId() == null ? teams.processing(request.procedureId())
                : teams.find(request.teamId()).map(List::of).orElse(List.of());
        String link = root.current() + "agents/demandes/" + request.id();
        for (AgentSummary member : teams.members(notified)) {
            String names = notified.stream().filter(team -> team.members().contains(member.id()))
                    .map(TeamSummary::name).collect(Collectors.joining(", "));
            notifications.enqueue(Notification.email(member.email(), TemplateKey.TEAM_NOTIFIED, Map.of(
                    "name", member.displayName(), "team", names, "reference", request.reference(),
                    "procedure", request.procedureTitle(), "status", entered.agentLabel(), "link", link)));
        }
    }
}
