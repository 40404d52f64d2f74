package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.catalog.Catalog;
import fr.guichet.requests.Casework;
import fr.guichet.requests.InboxQuery;
import fr.guichet.requests.InboxRow;
import fr.guichet.teams.AgentScope;
import fr.guichet.teams.TeamDirectory;
import fr.guichet.teams.VisibleProcedures;
import jakarta.annotation.security.RolesAllowed;

/**
 * The agents' inbox: counters per status, filters, and a grid that loads page by page from the database (so it stays
 * fast with 100,000 requests in a tenant); overdue requests are flagged. An agent sees the requests of their teams'
 * procedures only (the services decide); one who sees none is told why.
 */
@Route(value = "agents/demandes", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed({"AGENT", "ADMIN"})
public class InboxView extends Div implements HasDynamicTitle {

    private final Casework casework;
    private final Grid<InboxRow> grid = new Grid<>(InboxRow.class, false);
    private final StatusCounters counters = new StatusCounters(status -> refresh());
    private final InboxFilters filters;
    private final java.util.Map<String, String> statusLabels;

    public InboxView(Casework casework, Catalog catalog, AgentScope scope, TeamDirectory teams,
            AuthenticationContext authentication) {
        this.casework = casework;
        this.statusLabels = catalog.statusLabels();
        addClassNames("view", "inbox");
        VisibleProcedures visible = scope.ofCurrentAgent();
        filters = new InboxFilters(catalog.all().stream().filter(p -> visible.includes(p.id())).toList(),
                teams.all(), authentication.getPrincipalName().orElse(""), this::refresh);
        grid.addComponentColumn(row -> new RouterLink(row.reference(), RequestView.class,
                RequestView.parameters(row.id()))).setHeader(getTranslation("backoffice.inbox.reference"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxRow::procedureTitle).setHeader(getTranslation("backoffice.inbox.procedure"));
        grid.addColumn(row -> row.contactName() == null ? "" : row.contactName())
                .setHeader(getTranslation("backoffice.inbox.requester"));
        grid.addColumn(InboxRow::statusLabel).setHeader(getTranslation("backoffice.inbox.status"));
        grid.addColumn(row -> row.channel().label()).setHeader(getTranslation("backoffice.inbox.channel"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> FrenchDates.day(row.submittedAt())).setHeader(getTranslation("backoffice.inbox.submitted"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::due).setHeader(getTranslation("backoffice.inbox.due")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.assignee() == null ? getTranslation("backoffice.inbox.assignee.nobody")
                : row.assignee()).setHeader(getTranslation("backoffice.inbox.assignee"));
        grid.addColumn(row -> row.team() == null ? "" : row.team()).setHeader(getTranslation("backoffice.inbox.team"));
        grid.setAriaLabel(getTranslation("backoffice.inbox.grid"));
        grid.setPageSize(50);
        RouterLink register = new RouterLink(getTranslation("backoffice.intake.heading"), IntakeView.class);
        register.addClassName("action-link");
        add(new H1(getTranslation("backoffice.inbox.heading")));
        if (visible.none()) {
            Paragraph why = new Paragraph(getTranslation(visible.basis() == VisibleProcedures.Basis.NO_TEAM
                    ? "backoffice.inbox.scope.noTeam" : "backoffice.inbox.scope.noProcedure"));
            why.addClassName("inbox-scope");
            why.getElement().setAttribute("role", "status");
            add(why);
        }
        add(register, filters, counters, grid);
        refresh();
    }

    private Span due(InboxRow row) {
        Span due = new Span(FrenchDates.day(row.dueAt()));
        if (row.overdue()) {
            due.setText(getTranslation("backoffice.inbox.overdue.badge", FrenchDates.day(row.dueAt())));
            due.addClassName("overdue");
        }
        return due;
    }

    private void refresh() {
        InboxQuery base = filters.query();
        java.util.Map<String, Long> counts = casework.countsByStatus(base);
        counters.show(counts, statusLabels);
        String status = counters.selected();
        InboxQuery query = base.withStatus(status);
        // The counters already give the total: no second count query per load (docs/benchmarks.md).
        long total = status == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.getOrDefault(status, 0L);
        grid.setItems(page -> casework.inbox(query, page.getOffset(), page.getLimit()).stream(),
                page -> (int) Math.min(total, Integer.MAX_VALUE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.inbox.heading") + " – " + getTranslation("backoffice.shell.short");
    }
}
