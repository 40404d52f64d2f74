package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.guichet.search.IndexingBacklog;
import fr.guichet.search.IndexingFailure;
import fr.guichet.search.IndexingQueue;
import fr.guichet.tenancy.Tenant;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The tenant's changes waiting in the search outbox (outbox indexing, several nodes): how many wait, which failed
 * and why, and a retry of the failed ones. For platform operators, under the index panel.
 */
class SearchOutboxPanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm:ss",
            Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private final Tenant tenant;
    private final IndexingQueue queue;
    private final Paragraph backlog = new Paragraph();
    private final UnorderedList failures = new UnorderedList();
    private final Paragraph outcome = new Paragraph();
    private final Button retry;

    SearchOutboxPanel(Tenant tenant, IndexingQueue queue) {
        this.tenant = tenant;
        this.queue = queue;
        addClassName("search-outbox-panel");
        H3 heading = new H3(getTranslation("admin.search.outbox.heading"));
        heading.setId("search-outbox-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "search-outbox-heading");
        backlog.addClassName("search-outbox-backlog");
        failures.addClassName("search-outbox-failures");
        outcome.getElement().setAttribute("role", "status");
        retry = new Button(getTranslation("admin.search.outbox.retry"), click -> retry());
        Button refresh = new Button(getTranslation("admin.search.outbox.refresh"), click -> refresh());
        add(heading, new Paragraph(getTranslation("admin.search.outbox.help")), backlog, failures, retry, refresh,
                outcome);
        refresh();
    }

    private void retry() {
        int retried = queue.retry(tenant.id());
        outcome.setText(getTranslation("admin.search.outbox.retried", retried));
        refresh();
    }

    private void refresh() {
        IndexingBacklog current = queue.backlog(tenant.id());
        Instant oldest = current.oldestPending();
        backlog.setText(getTranslation("admin.search.outbox.backlog", current.pending(), current.retrying(),
                current.failed())
                + (oldest == null ? "" : " " + getTranslation("admin.search.outbox.oldest", TIME.format(oldest))));
        List<IndexingFailure> problems = queue.failures(tenant.id());
        failures.removeAll();
        problems.forEach(problem -> failures.add(new ListItem(getTranslation(problem.failed()
                ? "admin.search.outbox.failed" : "admin.search.outbox.retrying", problem.requestId(),
                TIME.format(problem.changedAt()), problem.attempts(), problem.error(),
                TIME.format(problem.nextAttempt())))));
        failures.setVisible(!problems.isEmpty());
        retry.setEnabled(!problems.isEmpty());
    }
}
