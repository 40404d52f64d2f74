package fr.guichet.backoffice.teams.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.identity.AgentSummary;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.teams.TeamOverview;
import fr.guichet.teams.TeamRefused;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The commune's teams for its administrators: each team's agents and the procedures whose requests it processes,
 * a form to create or change one, and removal (refused while requests in progress are assigned to the team). An
 * agent who is not an administrator sees only the requests of their teams' procedures.
 */
@Route(value = "agents/equipes", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("ADMIN")
public class TeamsView extends Div implements HasDynamicTitle {

    private final TeamAdministration teams;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph outcome = new Paragraph();
    private final TeamForm form;

    public TeamsView(TeamAdministration teams) {
        this.teams = teams;
        addClassNames("view", "teams-view");
        list.addClassName("team-list");
        outcome.getElement().setAttribute("role", "status");
        form = new TeamForm(teams, this::saved);
        Button create = new Button(getTranslation("backoffice.teams.new"), click -> form.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H1(getTranslation("backoffice.teams.title")), new Paragraph(getTranslation("backoffice.teams.intro")),
                outcome, create, list, form);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<TeamOverview> all = teams.list();
        if (all.isEmpty()) {
            list.add(new ListItem(getTranslation("backoffice.teams.none")));
        }
        all.forEach(team -> list.add(card(team)));
    }

    private ListItem card(TeamOverview team) {
        ListItem item = new ListItem();
        item.addClassName("team-card");
        item.add(new H2(team.name()));
        item.add(new Paragraph(getTranslation("backoffice.teams.members.list", team.members().isEmpty()
                ? getTranslation("backoffice.teams.nobody")
                : team.members().stream().map(AgentSummary::displayName).collect(Collectors.joining(", ")))));
        item.add(new Paragraph(getTranslation("backoffice.teams.procedures.list", team.procedures().isEmpty()
                ? getTranslation("backoffice.teams.noProcedure")
                : team.procedures().stream().map(ProcedureOverview::title).collect(Collectors.joining(", ")))));
        Button edit = new Button(getTranslation("backoffice.teams.edit"), click -> form.edit(team));
        edit.setAriaLabel(getTranslation("backoffice.teams.edit.label", team.name()));
        Button delete = new Button(getTranslation("backoffice.teams.delete"), click -> confirmDelete(team));
        delete.setAriaLabel(getTranslation("backoffice.teams.delete.label", team.name()));
        delete.addThemeVariants(ButtonVariant.ERROR);
        item.add(new Div(edit, delete));
        return item;
    }

    private void confirmDelete(TeamOverview team) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.teams.delete.title", team.name()),
                getTranslation("backoffice.teams.delete.text"), getTranslation("backoffice.teams.delete"),
                confirm -> delete(team));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void delete(TeamOverview team) {
        try {
            teams.delete(team.id());
            show(getTranslation("backoffice.teams.deleted", team.name()), false);
            form.close();
            refresh();
        } catch (TeamRefused refused) {
            show(refused.getMessage(), true);
        }
    }

    private void saved(String name) {
        show(getTranslation("backoffice.teams.saved", name), false);
        refresh();
    }

    private void show(String message, boolean problem) {
        outcome.setText(message);
        if (problem) {
            outcome.addClassName("form-errors");
        } else {
            outcome.removeClassName("form-errors");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.teams.title") + " – " + getTranslation("backoffice.shell.short");
    }
}
