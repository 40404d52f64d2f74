package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.catalog.PublicationRefused;
import fr.guichet.sharing.SharedTemplate;
import fr.guichet.sharing.SharedTemplates;
import fr.guichet.sharing.SharingRefused;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The later template versions offered to the commune: one line per procedure concerned, with the designers' two
 * choices, apply (a new draft; the published version stays online) or dismiss. Nothing is ever applied for them.
 */
class TemplateUpdates extends Section {

    private final SharedTemplates shared;
    private final Runnable changed;
    private final Div problems = new Div();
    private final UnorderedList offers = new UnorderedList();

    TemplateUpdates(SharedTemplates shared, Runnable changed) {
        this.shared = shared;
        this.changed = changed;
        addClassName("template-updates");
        problems.getElement().setAttribute("role", "alert");
        add(new H2(getTranslation("backoffice.procedures.template.updates")), problems, offers);
        setVisible(false);
    }

    /** Shows what is offered for these procedures (the section hides when nothing is). */
    void show(List<ProcedureOverview> procedures) {
        Map<UUID, Integer> offered = shared.updatesOffered();
        offers.removeAll();
        for (ProcedureOverview overview : procedures) {
            Integer version = offered.get(overview.id());
            if (version != null) {
                offers.add(new ListItem(new Span(getTranslation("backoffice.procedures.template.offered",
                        overview.title(), version) + " "),
                        action("backoffice.procedures.template.apply", overview, () -> confirmApply(overview, version)),
                        action("backoffice.procedures.template.dismiss", overview, () -> run(overview,
                                "backoffice.procedures.template.dismiss.done", shared::dismissUpdate))));
            }
        }
        setVisible(offers.getChildren().findAny().isPresent() || problems.getChildren().findAny().isPresent());
    }

    private void confirmApply(ProcedureOverview overview, int version) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.procedures.template.apply.title", version),
                getTranslation("backoffice.procedures.template.apply.text", version, overview.title()),
                getTranslation("backoffice.procedures.template.apply"),
                confirmed -> run(overview, "backoffice.procedures.template.apply.done", shared::applyUpdate));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private Button action(String key, ProcedureOverview overview, Runnable click) {
        Button button = new Button(getTranslation(key), event -> click.run());
        button.getElement().setAttribute("aria-label", getTranslation(key) + " : " + overview.title());
        return button;
    }

    private void run(ProcedureOverview overview, String doneKey, Function<UUID, SharedTemplate> change) {
        try {
            SharedTemplate template = change.apply(overview.id());
            showProblems(List.of());
            changed.run();
            Notification.show(getTranslation(doneKey, overview.title(), template.version()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (SharingRefused refused) {
            showProblems(List.of(refused.getMessage()));
        } catch (PublicationRefused refused) {
            showProblems(refused.problems());
        }
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }
}
