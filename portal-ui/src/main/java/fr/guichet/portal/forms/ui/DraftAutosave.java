package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.drafts.DraftSave;
import fr.guichet.drafts.Drafts;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves a signed-in citizen's answers as their draft while they fill the form. Every change of an answer or of page
 * asks for a save; the saves asked during one round trip are made once, just before the response leaves (so a
 * prefill, a restored draft or a group's new entry cost one write, and typing never waits: a text is sent when the
 * field is left). Nothing is written when nothing changed. A save that fails or is refused leaves the answers on
 * screen and says so; the next change tries again.
 */
final class DraftAutosave {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosave.class);

    private final Drafts drafts;
    private final String slug;
    private final FormWizard wizard;
    private final Paragraph status = new Paragraph();
    private @Nullable Snapshot saved;
    private boolean scheduled;
    private boolean stopped;

    /** What a draft keeps: the answers and the page. */
    private record Snapshot(Map<String, Object> answers, String page) {
    }

    /** Starts from what is on screen now (prefilled or resumed): opening the form alone writes nothing. */
    DraftAutosave(Drafts drafts, String slug, FormWizard wizard) {
        this.drafts = drafts;
        this.slug = slug;
        this.wizard = wizard;
        this.saved = snapshot();
        status.addClassName("draft-status");
        status.setId("etat-brouillon");
        status.getElement().setAttribute("role", "status");
        wizard.onProgress(this::changed);
    }

    /** The line that says when the draft was last saved, or why it was not. */
    Component status() {
        return status;
    }

    /** No more saves: the request was submitted and its draft deleted with it. */
    void stop() {
        stopped = true;
    }

    private void changed() {
        if (stopped || scheduled) {
            return;
        }
        wizard.getUI().ifPresent(ui -> {
            scheduled = true;
            // Bound to the UI, not the form: a change sent with a click that leaves the page is saved all the same.
            ui.beforeClientResponse(ui, context -> {
                scheduled = false;
                save();
            });
        });
    }

    private void save() {
        Snapshot now = snapshot();
        if (stopped || Objects.equals(now, saved)) {
            return;
        }
        try {
            switch (drafts.save(slug, now.answers(), now.page())) {
                case DraftSave.Saved done -> {
                    saved = now;
                    show(wizard.getTranslation("portal.draft.saved", TIME.format(done.savedAt())), false);
                }
                case DraftSave.Refused refused -> show(refused.message(), true);
            }
        } catch (RuntimeException failure) {
            LOG.warn("The draft of procedure {} could not be saved", slug, failure);
            show(wizard.getTranslation("portal.draft.failed"), true);
        }
    }

    private void show(String text, boolean problem) {
        status.setText(text);
        status.setClassName("draft-status-problem", problem);
    }

    private Snapshot snapshot() {
        return new Snapshot(wizard.answersSoFar(), wizard.pageKey());
    }
}
