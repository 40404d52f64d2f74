package fr.guichet.backoffice.workflows.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.backoffice.base.ui.ProblemList;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.catalog.PublicationRefused;
import fr.guichet.documents.DocumentTemplateText;
import fr.guichet.documents.DocumentTemplates;
import fr.guichet.workflows.Workflow;
import fr.guichet.workflows.WorkflowChecks;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The workflow (circuit) of a procedure, for designers: its states with what entering each does, and the actions
 * that move a request between them. « Vérifier » lists every problem at once; « Enregistrer » writes the draft
 * version (the published one stays online with its own workflow); « Publier » puts the draft online.
 */
@Route(value = "agents/demarches/:id/circuit", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("DESIGNER")
public class WorkflowEditorView extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final DocumentTemplates documentTemplates;
    private final Paragraph status = new Paragraph();
    private final ProblemList problems = new ProblemList();
    private final Div editor = new Div();
    private final H1 heading = new H1();
    private final Anchor back = new Anchor();
    private List<DocumentTemplateText> documents = List.of();
    private WorkflowDraft draft = new WorkflowDraft(Workflow.standard());
    private UUID id = new UUID(0, 0);
    private String title = "";
    private boolean unsaved;

    public WorkflowEditorView(Catalog catalog, DocumentTemplates documentTemplates) {
        this.catalog = catalog;
        this.documentTemplates = documentTemplates;
        addClassNames("view", "workflow-editor");
        status.getElement().setAttribute("aria-live", "polite");
        back.setText(getTranslation("backoffice.workflow.back"));
        back.getElement().setAttribute("router-link", true);
        Anchor templates = new Anchor("agents/modeles-documents", getTranslation("backoffice.workflow.templates"));
        templates.getElement().setAttribute("router-link", true);
        templates.addClassName("action-link");
        Button check = new Button(getTranslation("backoffice.workflow.check"), click -> check());
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button publish = new Button(getTranslation("backoffice.procedures.publish"), click -> publish());
        Div toolbar = new Div(save, check, publish);
        toolbar.addClassName("builder-toolbar");
        add(back, heading, status, new Paragraph(getTranslation("backoffice.workflow.intro")), templates, problems,
                editor, toolbar);
    }

    public static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(WorkflowEditorView::uuid)
                .orElseThrow(NotFoundException::new);
        ProcedureVersion version = catalog.latestVersion(id).orElseThrow(NotFoundException::new);
        title = version.description().title();
        heading.setText(getTranslation("backoffice.workflow.heading", title));
        back.setHref("agents/demarches/" + id);
        showState(version);
        documents = documentTemplates.list();
        draft = new WorkflowDraft(version.workflow());
        unsaved = false;
        render();
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!unsaved) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.builder.leave.title"),
                getTranslation("backoffice.workflow.leave.text"), getTranslation("backoffice.builder.leave.confirm"),
                confirm -> action.proceed());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("backoffice.builder.leave.stay"));
        dialog.open();
    }

    private void render() {
        editor.removeAll();
        Select<String> initial = new Select<>();
        initial.setLabel(getTranslation("backoffice.workflow.initial"));
        initial.setItems(draft.states.stream().map(state -> state.key).toList());
        initial.setItemLabelGenerator(key -> draft.states.stream().filter(s -> s.key.equals(key)).findFirst()
                .map(s -> s.agentLabel).orElse(key == null ? "" : key));
        if (draft.states.stream().anyMatch(s -> s.key.equals(draft.initial))) {
            initial.setValue(draft.initial);
        }
        initial.addValueChangeListener(event -> draft.initial = event.getValue() == null ? "" : event.getValue());
        editor.add(initial, new H2(getTranslation("backoffice.workflow.states")));
        for (WorkflowDraft.State state : draft.states) {
            editor.add(new StateCard(state, documents, this::changed, () -> {
                draft.removeState(state);
                changed();
                render();
            }));
        }
        editor.add(adder("backoffice.workflow.state.new", "backoffice.workflow.state.add", label -> {
            draft.addState(label);
        }));
        editor.add(new H2(getTranslation("backoffice.workflow.moves")));
        for (WorkflowDraft.Move move : draft.moves) {
            editor.add(new MoveCard(move, draft.states, this::changed, () -> {
                draft.moves.remove(move);
                changed();
                render();
            }));
        }
        editor.add(adder("backoffice.workflow.move.new", "backoffice.workflow.move.add", label -> {
            draft.addMove(label, draft.states.isEmpty() ? "" : draft.states.getFirst().key);
        }));
    }

    /** A name field and its button, adding a state or an action with that name. */
    private Div adder(String label, String action, Consumer<String> add) {
        TextField name = new TextField(getTranslation(label));
        name.setMaxLength(WorkflowChecks.MAX_LABEL);
        Button button = new Button(getTranslation(action), click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("backoffice.workflow.name.required"));
                name.focus();
                return;
            }
            add.accept(name.getValue().strip());
            changed();
            render();
        });
        Div row = new Div(name, button);
        row.addClassName("workflow-adder");
        return row;
    }

    private void changed() {
        unsaved = true;
        status.setText(getTranslation("backoffice.workflow.unsaved"));
    }

    private void check() {
        List<String> found = catalog.checkWorkflow(draft.workflow());
        if (found.isEmpty()) {
            problems.clear();
            status.setText(getTranslation("backoffice.workflow.check.ok"));
        } else {
            problems.show(getTranslation("backoffice.builder.check.problems", found.size()), found);
        }
    }

    private boolean save() {
        try {
            showState(catalog.editWorkflow(id, draft.workflow()).latest());
            unsaved = false;
            problems.clear();
            status.setText(getTranslation("backoffice.workflow.saved"));
            return true;
        } catch (PublicationRefused refused) {
            problems.show(getTranslation("backoffice.builder.check.problems", refused.problems().size()),
                    refused.problems());
            return false;
        }
    }

    private void publish() {
        if (unsaved && !save()) {
            return;
        }
        try {
            showState(catalog.publish(id).latest());
            problems.clear();
            status.setText(getTranslation("backoffice.procedures.publish.done", title));
        } catch (PublicationRefused refused) {
            problems.show(getTranslation("backoffice.procedures.refused"), refused.problems());
        }
    }

    private void showState(ProcedureVersion version) {
        status.setText(getTranslation("backoffice.edit.state." + version.state().name(), version.number()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("backoffice.workflow.heading", title);
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
