package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.backoffice.base.ui.ProblemList;
import fr.guichet.backoffice.catalog.ui.ProcedureEditView;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.FormPreviews;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.forms.FormDefinition;
import fr.guichet.forms.FormJson;
import fr.guichet.forms.InvalidFormDefinition;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The no-code form builder of a procedure, for designers: the plan of the form, the editor of the selected element
 * and the portal's live preview side by side. « Enregistrer » writes the draft version (opening one after the
 * published version), « Vérifier » lists what would stop publication, « Publier » puts the form online.
 */
@Route(value = "agents/demarches/:id/formulaire", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("DESIGNER")
public class FormBuilderView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final FormPreviews previews;
    private final Paragraph status = new Paragraph();
    private final ProblemList problems = new ProblemList();
    private @Nullable BuilderState state;
    private UUID id = new UUID(0, 0);
    private String title = "";

    public FormBuilderView(Catalog catalog, FormPreviews previews) {
        this.catalog = catalog;
        this.previews = previews;
        addClassNames("view", "builder");
    }

    public static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(FormBuilderView::uuid).orElseThrow(NotFoundException::new);
        ProcedureVersion version = catalog.latestVersion(id).orElseThrow(NotFoundException::new);
        title = version.description().title();
        removeAll();
        add(new RouterLink(getTranslation("backoffice.builder.back"), ProcedureEditView.class,
                ProcedureEditView.parameters(id)), new H1(getTranslation("backoffice.builder.heading", title)));
        FormDefinition form;
        try {
            form = FormJson.read(version.formJson());
        } catch (InvalidFormDefinition unreadable) {
            problems.show(getTranslation("backoffice.builder.unreadable"), unreadable.problems());
            add(problems);
            return;
        }
        status.getElement().setAttribute("aria-live", "polite");
        status.setText(getTranslation("backoffice.edit.state." + version.state().name(), version.number()));
        build(new BuilderState(form));
    }

    private void build(BuilderState builder) {
        this.state = builder;
        FormOutline outline = new FormOutline(builder);
        ElementPanel panel = new ElementPanel(builder);
        PreviewFrame preview = new PreviewFrame(previews);
        Button addPage = new Button(getTranslation("backoffice.builder.add.page"), click -> addPage(builder));
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button check = new Button(getTranslation("backoffice.builder.check"), click -> check());
        Button publish = new Button(getTranslation("backoffice.procedures.publish"), click -> publish());
        Div toolbar = new Div(save, check, publish);
        toolbar.addClassName("builder-toolbar");
        Div editing = new Div(outline, addPage, panel);
        editing.addClassName("builder-editing");
        Div columns = new Div(editing, preview);
        columns.addClassName("builder-columns");
        add(status, toolbar, problems, columns);
        builder.onChange(change -> {
            outline.refresh();
            if (change == BuilderState.Change.STRUCTURE) {
                panel.redraw(builder.selected() != null && builder.selectedPage().isEmpty());
                if (builder.selected() == null || builder.selectedPage().isPresent()) {
                    outline.focusSelection();
                }
            }
            preview.show(title, builder.form(), builder.pageOfSelection().map(Page::key).orElse(null));
            status.setText(getTranslation("backoffice.builder.unsaved"));
        });
        panel.redraw(false);
        preview.show(title, builder.form(), builder.pageOfSelection().map(Page::key).orElse(null));
    }

    private void addPage(BuilderState builder) {
        String page = fr.guichet.forms.FormEdits.freeKey(builder.form(), "page");
        String section = page.replace("page", "section");
        builder.restructure(form -> fr.guichet.forms.FormEdits.addPage(form, Page.of(page,
                getTranslation("backoffice.builder.new.page"), Section.of(section,
                        getTranslation("backoffice.builder.new.section")))), page);
    }

    private void save() {
        current().ifPresent(builder -> {
            catalog.editForm(id, FormJson.write(builder.form()));
            builder.saved();
            problems.clear();
            status.setText(getTranslation("backoffice.builder.saved"));
        });
    }

    private void check() {
        current().ifPresent(builder -> {
            List<String> found = catalog.checkForm(FormJson.write(builder.form()));
            if (found.isEmpty()) {
                problems.clear();
                status.setText(getTranslation("backoffice.builder.check.ok"));
            } else {
                problems.show(getTranslation("backoffice.builder.check.problems", found.size()), found);
            }
        });
    }

    private void publish() {
        current().ifPresent(builder -> {
            try {
                catalog.editForm(id, FormJson.write(builder.form()));
                builder.saved();
                catalog.publish(id);
                problems.clear();
                status.setText(getTranslation("backoffice.procedures.publish.done", title));
            } catch (fr.guichet.catalog.PublicationRefused refused) {
                problems.show(getTranslation("backoffice.procedures.refused"), refused.problems());
            }
        });
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (state == null || !state.unsaved()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.builder.leave.title"),
                getTranslation("backoffice.builder.leave.text"), getTranslation("backoffice.builder.leave.confirm"),
                confirm -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("backoffice.builder.leave.stay"));
        dialog.open();
    }

    private Optional<BuilderState> current() {
        return Optional.ofNullable(state);
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.builder.heading", title) + " – "
                + getTranslation("backoffice.procedures.heading");
    }
}
