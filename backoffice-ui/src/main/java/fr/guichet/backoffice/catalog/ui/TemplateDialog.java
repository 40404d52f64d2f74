package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.ProcedureTemplate;
import fr.guichet.sharing.OfferedTemplates;
import fr.guichet.sharing.SharedTemplate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Choosing a ready procedure template: those of the commune's EPCI, if it belongs to one, then the platform's, each
 * with its category and summary, and a button to start from it.
 */
class TemplateDialog extends Dialog {

    TemplateDialog(List<ProcedureTemplate> templates, Consumer<ProcedureTemplate> chosen,
            Optional<OfferedTemplates> epci, Consumer<SharedTemplate> chosenShared) {
        setHeaderTitle(getTranslation("backoffice.templates.title"));
        add(new Paragraph(getTranslation("backoffice.templates.intro")));
        epci.ifPresent(offered -> {
            Section group = group(getTranslation("backoffice.templates.epci", offered.epciName()));
            if (offered.templates().isEmpty()) {
                group.add(new Paragraph(getTranslation("backoffice.templates.epci.none")));
            } else {
                UnorderedList list = list();
                offered.templates().forEach(template -> list.add(item(template.content().description(),
                        () -> chosenShared.accept(template))));
                group.add(list);
            }
            add(group);
        });
        Section platform = group(getTranslation("backoffice.templates.platform"));
        UnorderedList list = list();
        templates.forEach(template -> list.add(item(template.description(), () -> chosen.accept(template))));
        platform.add(list);
        add(platform);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
        setWidth("48rem");
    }

    private static Section group(String heading) {
        return new Section(new H3(heading));
    }

    private static UnorderedList list() {
        UnorderedList list = new UnorderedList();
        list.addClassName("template-list");
        return list;
    }

    private ListItem item(ProcedureDescription description, Runnable use) {
        Button button = new Button(getTranslation("backoffice.templates.use"), click -> {
            close();
            use.run();
        });
        button.getElement().setAttribute("aria-label", getTranslation("backoffice.templates.use") + " : "
                + description.title());
        return new ListItem(new H4(description.title()),
                new Paragraph(description.category().label() + " – " + description.summary()), button);
    }
}
