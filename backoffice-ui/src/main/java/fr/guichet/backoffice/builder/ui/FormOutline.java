package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The plan of the form: pages, their sections and fields (and the fields of repeatable groups) as nested lists of
 * buttons, in order; activating one selects the element for the editor. The selected one carries
 * {@code aria-current}.
 */
final class FormOutline extends Nav {

    private final BuilderState state;
    private final OrderedList pages = new OrderedList();
    private @Nullable NativeButton current;

    FormOutline(BuilderState state) {
        this.state = state;
        addClassName("builder-outline");
        H2 heading = new H2(getTranslation("backoffice.builder.outline"));
        heading.setId("builder-outline-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, pages);
        refresh();
    }

    void refresh() {
        pages.removeAll();
        current = null;
        if (state.form().pages().isEmpty()) {
            pages.add(new ListItem(new Paragraph(getTranslation("backoffice.builder.outline.empty"))));
        }
        int number = 1;
        for (Page page : state.form().pages()) {
            OrderedList sections = new OrderedList();
            page.sections().forEach(section -> sections.add(section(section)));
            pages.add(new ListItem(button(page.key(),
                    getTranslation("backoffice.builder.outline.page", number++, page.title())), sections));
        }
    }

    /** Moves focus to the selected element's entry, after a change that redrew the plan. */
    void focusSelection() {
        if (current != null) {
            current.focus();
        }
    }

    private ListItem section(Section section) {
        return new ListItem(button(section.key(), getTranslation("backoffice.builder.outline.section",
                section.title())), fields(section.fields()));
    }

    private Component fields(List<Field> fields) {
        OrderedList list = new OrderedList();
        for (Field field : fields) {
            ListItem item = new ListItem(button(field.key(), getTranslation("backoffice.builder.outline.field",
                    FieldLabels.type(this, field.type()), shortLabel(field.label()))));
            if (!field.children().isEmpty()) {
                item.add(fields(field.children()));
            }
            list.add(item);
        }
        return list;
    }

    private NativeButton button(String key, String text) {
        NativeButton button = new NativeButton(text, click -> state.select(key));
        button.addClassName("builder-outline-item");
        button.getElement().setAttribute("data-key", key);
        if (key.equals(state.selected())) {
            button.getElement().setAttribute("aria-current", "true");
            current = button;
        }
        return button;
    }

    private static String shortLabel(String label) {
        String text = label.isBlank() ? "…" : label.strip();
        return text.length() > 60 ? text.substring(0, 59) + "…" : text;
    }
}
