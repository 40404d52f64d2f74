package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.guichet.requests.Casework;
import fr.guichet.requests.RequestFile;
import fr.guichet.teams.TeamSummary;
import java.util.List;

/** Assigning the request to one of the teams that process its procedure, or taking it from its team. */
final class TeamAssignment extends Div {

    TeamAssignment(RequestFile file, RequestActions.Runner runner, Casework casework) {
        addClassName("team-assignment");
        List<TeamSummary> teams = casework.teamsFor(file.procedureId());
        Select<TeamSummary> team = new Select<>();
        team.setLabel(getTranslation("backoffice.request.team.choose"));
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t == null ? "" : t.name());
        teams.stream().filter(t -> t.id().equals(file.teamId())).findFirst().ifPresent(team::setValue);
        if (teams.isEmpty()) {
            team.setHelperText(getTranslation("backoffice.request.team.noneProcesses"));
            team.setEnabled(false);
        }
        Button assign = new Button(getTranslation("backoffice.request.team.assign"), click -> {
            if (team.getValue() == null) {
                team.setErrorMessage(getTranslation("backoffice.request.team.missing"));
                team.setInvalid(true);
                team.focus();
                return;
            }
            runner.run(seen -> casework.assignTeam(file.id(), seen, team.getValue().id()));
        });
        assign.setEnabled(!teams.isEmpty());
        add(team, assign);
        if (file.teamId() != null) {
            add(new Button(getTranslation("backoffice.request.team.release"), click -> runner.run(
                    seen -> casework.assignTeam(file.id(), seen, null))));
        }
    }
}
