package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import fr.guichet.search.IndexHealth;
import fr.guichet.search.ReindexProgress;
import fr.guichet.search.SearchIndexes;
import fr.guichet.tenancy.Tenant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tenant's part of the search index, for platform operators: how it compares with the tenant's requests, and a
 * reindex with a progress bar (polled twice a second while it runs) and a cancel button.
 */
class SearchIndexPanel extends Div {

    private final Tenant tenant;
    private final SearchIndexes indexes;
    private final Paragraph health = new Paragraph();
    private final Paragraph engine = new Paragraph();
    private final ProgressBar bar = new ProgressBar(0, 1);
    private final Paragraph status = new Paragraph();
    private final Button reindex;
    private final Button cancel;
    private @Nullable Registration polling;

    SearchIndexPanel(Tenant tenant, SearchIndexes indexes) {
        this.tenant = tenant;
        this.indexes = indexes;
        addClassName("search-index-panel");
        H2 heading = new H2(getTranslation("admin.search.heading"));
        heading.setId("search-index-heading");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-labelledby", "search-index-heading");
        health.addClassName("search-index-health");
        engine.addClassName("search-index-engine");
        bar.setId("search-index-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("admin.search.progress"));
        status.addClassName("search-index-status");
        status.getElement().setAttribute("role", "status");
        reindex = new Button(getTranslation("admin.search.reindex"), click -> start());
        cancel = new Button(getTranslation("admin.search.cancel"), click -> indexes.cancel(tenant.id())
                .ifPresent(this::show));
        add(heading, health, engine, new Paragraph(getTranslation("admin.search.help")), reindex, cancel, bar, status);
        showHealth();
        show(indexes.progress(tenant.id()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (indexes.progress(tenant.id()).filter(ReindexProgress::running).isPresent()) {
            poll(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void start() {
        show(indexes.reindex(tenant.id()));
        getUI().ifPresent(this::poll);
    }

    private void poll(UI ui) {
        if (polling == null) {
            polling = ui.addPollListener(tick -> show(indexes.progress(tenant.id())));
            ui.setPollInterval(500);
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void show(Optional<ReindexProgress> progress) {
        progress.ifPresentOrElse(this::show, () -> {
            bar.setVisible(false);
            cancel.setVisible(false);
            status.setText("");
        });
    }

    private void show(ReindexProgress progress) {
        bar.setVisible(true);
        bar.setValue(progress.fraction());
        bar.getElement().setAttribute("aria-valuetext", getTranslation("admin.search.count", progress.done(),
                progress.total()));
        reindex.setEnabled(!progress.running());
        cancel.setVisible(progress.running());
        status.setText(getTranslation("admin.search.state." + progress.state().name().toLowerCase(Locale.ROOT),
                progress.done(), progress.total()));
        if (!progress.running()) {
            getUI().ifPresent(this::stopPolling);
            showHealth();
        }
    }

    private void showHealth() {
        IndexHealth current = indexes.health(tenant.id());
        health.setText(getTranslation(current.upToDate() ? "admin.search.health.ok" : "admin.search.health.behind",
                current.stored(), current.indexed(), String.format(Locale.FRANCE, "%.1f",
                        current.indexBytes() / 1_048_576.0)));
        engine.setText(current.clusterStatus() == null
                ? getTranslation("admin.search.engine.embedded", current.engine())
                : getTranslation("admin.search.engine.cluster", current.engine(),
                        getTranslation("admin.search.cluster." + current.clusterStatus())));
    }
}
