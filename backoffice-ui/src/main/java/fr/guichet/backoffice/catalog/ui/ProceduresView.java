package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureFiles;
import fr.guichet.catalog.ProcedureOverview;
import fr.guichet.catalog.ProcedureStatus;
import fr.guichet.catalog.PublicationRefused;
import fr.guichet.catalog.TemplateLibrary;
import fr.guichet.sharing.SharedTemplates;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The commune's procedures for designers: what is online, what waits as a draft; create one from a ready template,
 * publish a draft (refused with the full list of problems), close a procedure; export a procedure as a file and
 * import such a file as a new draft.
 */
@Route(value = "agents/demarches", layout = BackofficeLayout.class, registerAtStartup = false)
@PageTitle("Démarches en ligne – Espace agents")
@RolesAllowed("DESIGNER")
public class ProceduresView extends Div {

    private final Catalog catalog;
    private final ProcedureFiles files;
    private final Grid<ProcedureOverview> grid = new Grid<>(ProcedureOverview.class, false);
    private final Div problems = new Div();
    private final TemplateUpdates updates;

    public ProceduresView(Catalog catalog, TemplateLibrary templates, ProcedureFiles files, SharedTemplates shared) {
        this.catalog = catalog;
        this.files = files;
        this.updates = new TemplateUpdates(shared, this::refresh);
        addClassName("view");
        problems.getElement().setAttribute("role", "alert");
        grid.addColumn(ProcedureOverview::title).setHeader(getTranslation("backoffice.procedures.title")).setFlexGrow(3);
        grid.addColumn(o -> o.category().label()).setHeader(getTranslation("backoffice.procedures.category"));
        grid.addColumn(this::state).setHeader(getTranslation("backoffice.procedures.state")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("backoffice.procedures.actions"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        Button fromTemplate = new Button(getTranslation("backoffice.procedures.fromTemplate"),
                click -> new TemplateDialog(templates.all(), template -> {
                    catalog.instantiate(template);
                    refresh();
                    notify(getTranslation("backoffice.procedures.created", template.description().title()));
                }, shared.offered(), template -> {
                    shared.instantiate(template.id());
                    refresh();
                    notify(getTranslation("backoffice.procedures.created", template.title()));
                }).open());
        fromTemplate.addThemeVariants(ButtonVariant.PRIMARY);
        Button importFile = new Button(getTranslation("backoffice.procedures.import"),
                click -> new ImportDialog(files, procedure -> {
                    refresh();
                    notify(getTranslation("backoffice.procedures.imported", procedure.latest().description().title()));
                }).open());
        add(new H1(getTranslation("backoffice.procedures.heading")),
                new Paragraph(getTranslation("backoffice.procedures.intro")), fromTemplate, importFile, problems,
                updates, grid);
        refresh();
    }

    private String state(ProcedureOverview overview) {
        String state = overview.status() == ProcedureStatus.PUBLISHED
                ? getTranslation("backoffice.procedures.online", overview.publishedVersion())
                : overview.status().label();
        return overview.hasDraft() && overview.status() != ProcedureStatus.DRAFT
                ? state + " " + getTranslation("backoffice.procedures.draftWaiting") : state;
    }

    private HorizontalLayout actions(ProcedureOverview overview) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.CENTER);
        if (overview.status() != ProcedureStatus.CLOSED) {
            com.vaadin.flow.router.RouterLink edit = new com.vaadin.flow.router.RouterLink(
                    getTranslation("backoffice.procedures.edit"), ProcedureEditView.class,
                    ProcedureEditView.parameters(overview.id()));
            edit.getElement().setAttribute("aria-label", getTranslation("backoffice.procedures.edit") + " : "
                    + overview.title());
            actions.add(edit);
        }
        if (overview.hasDraft()) {
            actions.add(action("backoffice.procedures.publish", overview, catalog::publish));
        }
        if (overview.status() == ProcedureStatus.PUBLISHED) {
            actions.add(action("backoffice.procedures.close", overview, catalog::close));
        }
        actions.add(new ExportLink(files, overview));
        return actions;
    }

    private Button action(String key, ProcedureOverview overview, Function<UUID, ?> change) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                change.apply(overview.id());
                showProblems(List.of());
                refresh();
                notify(getTranslation(key + ".done", overview.title()));
            } catch (PublicationRefused refused) {
                showProblems(refused.problems());
            }
        });
        button.getElement().setAttribute("aria-label", getTranslation(key) + " : " + overview.title());
        return button;
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        if (!messages.isEmpty()) {
            problems.add(new Paragraph(getTranslation("backoffice.procedures.refused")));
            messages.forEach(message -> problems.add(new Paragraph(message)));
        }
    }

    private void refresh() {
        List<ProcedureOverview> procedures = catalog.all();
        updates.show(procedures);
        grid.setItems(procedures);
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }
}
