package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.backoffice.base.ui.BackofficeLayout;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.catalog.PublicationRefused;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * Where a designer adapts a procedure: its description and its privacy notice; the form itself is built in the
 * form builder. Saving a published procedure opens a new version; « Publier » puts it online.
 */
@Route(value = "agents/demarches/:id", layout = BackofficeLayout.class, registerAtStartup = false)
@RolesAllowed("DESIGNER")
public class ProcedureEditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Catalog catalog;
    private final DescriptionFields description = new DescriptionFields();
    private final PrivacyFields privacy = new PrivacyFields();
    private final Div problems = new Div();
    private final Paragraph state = new Paragraph();
    /** To the form builder, by path: the builder links back here, and packages should not depend both ways. */
    private final Anchor formLink = new Anchor();
    private final Anchor workflowLink = new Anchor();
    private UUID id = new UUID(0, 0);
    private String formJson = "";
    private String title = "";

    public ProcedureEditView(Catalog catalog) {
        this.catalog = catalog;
        addClassNames("view", "form-stack");
        problems.getElement().setAttribute("role", "alert");
        state.getElement().setAttribute("aria-live", "polite");
        Button save = new Button(getTranslation("common.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button publish = new Button(getTranslation("backoffice.procedures.publish"), click -> publish());
        formLink.setText(getTranslation("backoffice.edit.form"));
        formLink.getElement().setAttribute("router-link", true);
        formLink.addClassName("action-link");
        workflowLink.setText(getTranslation("backoffice.edit.workflow"));
        workflowLink.getElement().setAttribute("router-link", true);
        workflowLink.addClassName("action-link");
        add(new RouterLink(getTranslation("backoffice.edit.back"), ProceduresView.class), new H1(""), state, formLink,
                workflowLink,
                new H2(getTranslation("backoffice.edit.description")), description,
                new H2(getTranslation("backoffice.edit.privacy")), privacy, problems, save, publish);
    }

    public static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(ProcedureEditView::uuid).orElseThrow(NotFoundException::new);
        show(catalog.latestVersion(id).orElseThrow(NotFoundException::new));
        formLink.setHref("agents/demarches/" + id + "/formulaire");
        workflowLink.setHref("agents/demarches/" + id + "/circuit");
    }

    private void show(ProcedureVersion version) {
        title = version.description().title();
        getChildren().filter(H1.class::isInstance).findFirst().ifPresent(h1 -> ((H1) h1).setText(title));
        description.show(version.description());
        privacy.show(version.privacy());
        formJson = version.formJson();
        state.setText(getTranslation("backoffice.edit.state." + version.state().name(), version.number()));
    }

    private void save() {
        run(() -> {
            catalog.edit(id, description.value(), privacy.value(), formJson);
            notify(getTranslation("backoffice.edit.saved"));
        });
    }

    private void publish() {
        run(() -> {
            catalog.edit(id, description.value(), privacy.value(), formJson);
            catalog.publish(id);
            notify(getTranslation("backoffice.procedures.publish.done", description.value().title()));
        });
    }

    private void run(Runnable change) {
        try {
            change.run();
            showProblems(List.of());
            show(catalog.latestVersion(id).orElseThrow());
        } catch (PublicationRefused refused) {
            showProblems(refused.problems());
        } catch (IllegalArgumentException invalid) {
            showProblems(List.of(getTranslation("backoffice.edit.incomplete")));
        }
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        problems.setClassName("form-errors", !messages.isEmpty());
        messages.forEach(message -> problems.add(new Paragraph(message)));
    }

    private static void notify(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private static java.util.Optional<UUID> uuid(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("backoffice.procedures.heading");
    }
}
