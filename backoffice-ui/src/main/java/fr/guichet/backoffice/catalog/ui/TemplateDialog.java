package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.guichet.catalog.ProcedureTemplate;
import java.util.List;
import java.util.function.Consumer;

/** Choosing a ready procedure template: each with its category and summary, and a button to start from it. */
class TemplateDialog extends Dialog {

    TemplateDialog(List<ProcedureTemplate> templates, Consumer<ProcedureTemplate> chosen) {
        setHeaderTitle(getTranslation("backoffice.templates.title"));
        UnorderedList list = new UnorderedList();
        list.addClassName("template-list");
        for (ProcedureTemplate template : templates) {
            Button use = new Button(getTranslation("backoffice.templates.use"), click -> {
                close();
                chosen.accept(template);
            });
            use.getElement().setAttribute("aria-label", getTranslation("backoffice.templates.use") + " : "
                    + template.description().title());
            list.add(new ListItem(new H3(template.description().title()),
                    new Paragraph(template.description().category().label() + " – " + template.description().summary()),
                    use));
        }
        add(new Paragraph(getTranslation("backoffice.templates.intro")), list);
        getFooter().add(new Button(getTranslation("common.cancel"), click -> close()));
        setWidth("48rem");
    }
}
