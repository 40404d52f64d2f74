package fr.guichet.backoffice.teams.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.identity.AgentSummary;
import fr.guichet.teams.TeamAdministration;
import fr.guichet.teams.TeamChange;
import fr.guichet.teams.TeamOverview;
import fr.guichet.teams.TeamRefused;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creating or changing a team: its name, its agents, the procedures it processes. The service checks everything;
 * a refusal is shown next to the form and what was typed stays.
 */
final class TeamForm extends Section {

    private final TeamAdministration teams;
    private final Consumer<String> saved;
    private final H2 heading = new H2();
    private final TextField name = new TextField();
    private final CheckboxGroup<AgentSummary> members = new CheckboxGroup<>();
    private final CheckboxGroup<ProcedureOverview> procedures = new CheckboxGroup<>();
    private final Paragraph problem = new Paragraph();
    private @Nullable UUID editing;

    TeamForm(TeamAdministration teams, Consumer<String> saved) {
        this.teams = teams;
        this.saved = saved;
        addClassNames("team-form", "form-stack");
        name.setLabel(getTranslation("backoffice.teams.name"));
        name.setHelperText(getTranslation("backoffice.teams.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        name.setWidth("32rem");
        members.setLabel(getTranslation("backoffice.teams.members"));
        members.setItemLabelGenerator(agent -> agent.displayName() + " (" + agent.email() + ")");
        members.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        procedures.setLabel(getTranslation("backoffice.teams.procedures"));
        procedures.setHelperText(getTranslation("backoffice.teams.procedures.help"));
        procedures.setItemLabelGenerator(ProcedureOverview::title);
        procedures.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        problem.getElement().setAttribute("role", "alert");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        add(heading, name, members, procedures, problem, new Div(save, cancel));
        setVisible(false);
    }

    void create() {
        open(null, getTranslation("backoffice.teams.new"), "", Set.of(), Set.of());
    }

    void edit(TeamOverview team) {
        open(team.id(), getTranslation("backoffice.teams.edit.heading", team.name()), team.name(),
                team.members().stream().map(AgentSummary::id).collect(Collectors.toSet()),
                team.procedures().stream().map(ProcedureOverview::id).collect(Collectors.toSet()));
    }

    void close() {
        setVisible(false);
        editing = null;
    }

    private void open(@Nullable UUID id, String title, String currentName, Set<UUID> memberIds,
            Set<UUID> procedureIds) {
        editing = id;
        heading.setText(title);
        var agents = teams.agents();
        var offered = teams.procedures();
        members.setItems(agents);
        procedures.setItems(offered);
        members.setValue(agents.stream().filter(a -> memberIds.contains(a.id())).collect(Collectors.toSet()));
        procedures.setValue(offered.stream().filter(p -> procedureIds.contains(p.id())).collect(Collectors.toSet()));
        name.setValue(currentName);
        name.setInvalid(false);
        problem.setText("");
        problem.removeClassName("form-errors");
        setVisible(true);
        name.focus();
    }

    private void save() {
        TeamChange change = new TeamChange(name.getValue(),
                members.getValue().stream().map(AgentSummary::id).collect(Collectors.toSet()),
                procedures.getValue().stream().map(ProcedureOverview::id).collect(Collectors.toSet()));
        try {
            if (editing == null) {
                teams.create(change);
            } else {
                teams.update(editing, change);
            }
            close();
            saved.accept(change.name().strip());
        } catch (TeamRefused refused) {
            problem.setText(refused.getMessage());
            problem.addClassName("form-errors");
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(refused.aboutName());
            if (refused.aboutName()) {
                name.focus();
            }
        }
    }
}
