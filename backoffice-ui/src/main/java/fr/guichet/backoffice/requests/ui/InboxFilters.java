package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.requests.Channel;
import fr.guichet.requests.InboxQuery;
import fr.guichet.requests.TeamFilter;
import fr.guichet.teams.TeamSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The inbox's filters: procedure, assignee, team, channel, submission dates, overdue only, order. */
final class InboxFilters extends Div {

    private static final String ME = "moi";

    private final Select<ProcedureOverview> procedure = new Select<>();
    private final Select<String> assignee = new Select<>();
    private final Select<TeamFilter> team = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final DatePicker from = new FrenchDates.Picker();
    private final DatePicker to = new FrenchDates.Picker();
    private final Checkbox overdue = new Checkbox();
    private final Select<InboxQuery.Order> order = new Select<>();
    private final String agent;

    InboxFilters(List<ProcedureOverview> procedures, List<TeamSummary> teams, String agent, Runnable changed) {
        this.agent = agent;
        addClassName("inbox-filters");
        procedure.setLabel(getTranslation("backoffice.inbox.procedure"));
        procedure.setItems(procedures);
        procedure.setEmptySelectionAllowed(true);
        procedure.setEmptySelectionCaption(getTranslation("backoffice.inbox.any.procedure"));
        procedure.setItemLabelGenerator(p -> p == null ? getTranslation("backoffice.inbox.any.procedure") : p.title());
        assignee.setLabel(getTranslation("backoffice.inbox.assignee"));
        assignee.setItems(ME, InboxQuery.UNASSIGNED);
        assignee.setEmptySelectionAllowed(true);
        assignee.setEmptySelectionCaption(getTranslation("backoffice.inbox.any.assignee"));
        assignee.setItemLabelGenerator(value -> value == null ? getTranslation("backoffice.inbox.any.assignee")
                : getTranslation(ME.equals(value) ? "backoffice.inbox.assignee.me"
                        : "backoffice.inbox.assignee.nobody"));
        Map<TeamFilter, String> teamNames = teams.stream().collect(Collectors.toMap(t -> TeamFilter.of(t.id()),
                TeamSummary::name));
        List<TeamFilter> teamChoices = new ArrayList<>(List.of(TeamFilter.mine(), TeamFilter.noTeam()));
        teams.forEach(t -> teamChoices.add(TeamFilter.of(t.id())));
        team.setLabel(getTranslation("backoffice.inbox.team"));
        team.setItems(teamChoices);
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(getTranslation("backoffice.inbox.any.team"));
        team.setItemLabelGenerator(value -> switch (value) {
            case null -> getTranslation("backoffice.inbox.any.team");
            case TeamFilter.Mine mine -> getTranslation("backoffice.inbox.team.mine");
            case TeamFilter.NoTeam none -> getTranslation("backoffice.inbox.team.none");
            case TeamFilter.One one -> teamNames.getOrDefault(one, "");
        });
        channel.setLabel(getTranslation("backoffice.inbox.channel"));
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("backoffice.inbox.any.channel"));
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("backoffice.inbox.any.channel") : c.label());
        from.setLabel(getTranslation("backoffice.inbox.from"));
        to.setLabel(getTranslation("backoffice.inbox.to"));
        overdue.setLabel(getTranslation("backoffice.inbox.overdue"));
        order.setLabel(getTranslation("backoffice.inbox.order"));
        order.setItems(InboxQuery.Order.values());
        order.setItemLabelGenerator(o -> getTranslation("backoffice.inbox.order." + o.name()));
        order.setValue(InboxQuery.Order.NEWEST);
        procedure.addValueChangeListener(event -> changed.run());
        assignee.addValueChangeListener(event -> changed.run());
        team.addValueChangeListener(event -> changed.run());
        channel.addValueChangeListener(event -> changed.run());
        from.addValueChangeListener(event -> changed.run());
        to.addValueChangeListener(event -> changed.run());
        overdue.addValueChangeListener(event -> changed.run());
        order.addValueChangeListener(event -> changed.run());
        add(procedure, assignee, team, channel, from, to, overdue, order);
    }

    /** The query these filters describe, for any status. */
    InboxQuery query() {
        @Nullable UUID procedureId = procedure.getValue() == null ? null : procedure.getValue().id();
        String who = assignee.getValue() == null ? null : ME.equals(assignee.getValue()) ? agent : assignee.getValue();
        return new InboxQuery(procedureId, null, who, channel.getValue(), from.getValue(), to.getValue(),
                overdue.getValue(), order.getValue(), team.getValue());
    }
}
