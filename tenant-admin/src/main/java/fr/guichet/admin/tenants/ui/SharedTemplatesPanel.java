package fr.guichet.admin.tenants.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.guichet.sharing.PublishableProcedure;
import fr.guichet.sharing.SharedTemplate;
import fr.guichet.sharing.SharedTemplates;
import fr.guichet.sharing.SharingRefused;
import fr.guichet.tenancy.Tenant;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/**
 * For an EPCI: its procedures online, each with the action that offers it (or its new version) to the member
 * communes as a template, and the templates already offered with their versions.
 */
class SharedTemplatesPanel extends Section {

    private final Tenant epci;
    private final SharedTemplates shared;
    private final Div problems = new Div();
    private final Div lists = new Div();

    SharedTemplatesPanel(Tenant epci, SharedTemplates shared) {
        this.epci = epci;
        this.shared = shared;
        addClassName("shared-templates");
        problems.getElement().setAttribute("role", "alert");
        add(new H2(getTranslation("admin.shared.title")), new Paragraph(getTranslation("admin.shared.intro")),
                problems, lists);
        refresh();
    }

    private void refresh() {
        lists.removeAll();
        list("admin.shared.online", "admin.shared.online.none", "publishable-procedures",
                shared.publishable(epci.id()).stream().map(procedure -> new ListItem(new Span(procedure.title()
                        + " – " + state(procedure) + " "), offerButton(procedure))).toList());
        list("admin.shared.offered", "admin.shared.offered.none", "shared-template-list",
                shared.sharedBy(epci.id()).stream().map(template -> new ListItem(getTranslation(
                        "admin.shared.offered.item", template.title(), template.version(),
                        TenantSummary.DATE.format(template.publishedAt()), template.publishedBy()))).toList());
    }

    /** A heading, then the items or, when there are none, a sentence saying so. */
    private void list(String headingKey, String noneKey, String className, List<ListItem> items) {
        lists.add(new H3(getTranslation(headingKey)));
        if (items.isEmpty()) {
            lists.add(new Paragraph(getTranslation(noneKey)));
        } else {
            UnorderedList list = new UnorderedList(items.toArray(ListItem[]::new));
            list.addClassName(className);
            lists.add(list);
        }
    }

    private String state(PublishableProcedure procedure) {
        String online = getTranslation("admin.shared.state.online", procedure.publishedVersion());
        SharedTemplate template = procedure.shared();
        return template == null ? online + " " + getTranslation("admin.shared.state.notShared")
                : online + " " + getTranslation("admin.shared.state.shared", template.version());
    }

    private Button offerButton(PublishableProcedure procedure) {
        String key = procedure.shared() == null ? "admin.shared.offer" : "admin.shared.republish";
        Button button = new Button(getTranslation(key), click -> offer(procedure));
        button.getElement().setAttribute("aria-label", getTranslation(key) + " : " + procedure.title());
        return button;
    }

    private void offer(PublishableProcedure procedure) {
        try {
            SharedTemplate template = shared.publishToMembers(epci.id(), procedure.procedureId());
            SharedTemplate before = procedure.shared();
            boolean unchanged = before != null && before.version() == template.version();
            showProblem(null);
            refresh();
            Notification.show(getTranslation(unchanged ? "admin.shared.unchanged" : "admin.shared.done",
                    template.title(), template.version()), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (SharingRefused refused) {
            showProblem(refused.getMessage());
        } catch (AccessDeniedException denied) {
            showProblem(getTranslation("admin.detail.denied"));
        }
    }

    private void showProblem(@org.jspecify.annotations.Nullable String message) {
        problems.removeAll();
        problems.setClassName("form-errors", message != null);
        if (message != null) {
            problems.add(new Paragraph(message));
        }
    }
}
