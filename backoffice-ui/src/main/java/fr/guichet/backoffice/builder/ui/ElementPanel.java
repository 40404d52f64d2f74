package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormEdits;
import fr.guichet.forms.Page;

/** The editor of the element selected in the plan, with its structure actions; redrawn when the selection changes. */
final class ElementPanel extends Section {

    private final BuilderState state;

    ElementPanel(BuilderState state) {
        this.state = state;
        addClassName("builder-element");
        getElement().setAttribute("aria-labelledby", "builder-element-heading");
    }

    /** Shows the editor of the selected element; {@code focus} moves the keyboard focus to its first input. */
    void redraw(boolean focus) {
        removeAll();
        H2 heading = new H2();
        heading.setId("builder-element-heading");
        add(heading);
        if (state.selectedPage().isPresent()) {
            Page page = state.selectedPage().get();
            heading.setText(getTranslation("backoffice.builder.editing.page", page.title()));
            HeadingEditor editor = new HeadingEditor(state, "backoffice.builder.page.title", page.key(), page.title(),
                    page.condition(), (form, key, title, condition) -> FormEdits.replacePage(form, key,
                            new Page(key, title, condition, form.pages().stream().filter(p -> p.key().equals(key))
                                    .findFirst().orElse(page).sections())));
            add(editor, new StructureActions(state, page.key(), page.title(), true, false));
            focus(editor::focusTitle, focus);
        } else if (state.selectedSection().isPresent()) {
            fr.guichet.forms.Section section = state.selectedSection().get();
            heading.setText(getTranslation("backoffice.builder.editing.section", section.title()));
            HeadingEditor editor = new HeadingEditor(state, "backoffice.builder.section.title", section.key(),
                    section.title(), section.condition(), (form, key, title, condition) ->
                            FormEdits.replaceSection(form, key, new fr.guichet.forms.Section(key, title, condition,
                                    currentFields(form, key, section))));
            add(editor, new StructureActions(state, section.key(), section.title(), false, true));
            focus(editor::focusTitle, focus);
        } else if (state.selectedField().isPresent()) {
            Field field = state.selectedField().get();
            heading.setText(getTranslation("backoffice.builder.editing.field", field.label()));
            FieldEditor editor = new FieldEditor(state, field);
            add(editor, new StructureActions(state, field.key(), field.label(), false,
                    field.type() == FieldType.REPEATABLE_GROUP));
            focus(editor::focusLabel, focus);
        } else {
            heading.setText(getTranslation("backoffice.builder.editing.none"));
            add(new Paragraph(getTranslation("backoffice.builder.editing.none.help")));
        }
    }

    private static java.util.List<Field> currentFields(fr.guichet.forms.FormDefinition form, String key,
            fr.guichet.forms.Section fallback) {
        return form.pages().stream().flatMap(p -> p.sections().stream()).filter(s -> s.key().equals(key))
                .findFirst().orElse(fallback).fields();
    }

    private static void focus(Runnable focusing, boolean wanted) {
        if (wanted) {
            focusing.run();
        }
    }
}
