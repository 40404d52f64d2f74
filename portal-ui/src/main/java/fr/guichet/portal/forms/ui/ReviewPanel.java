package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.Page;
import fr.guichet.forms.Section;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The review before checking: every step shown to the citizen with its answers as the server cleaned them, and a
 * « Modifier » button back to the step.
 */
final class ReviewPanel extends Div {

    private final Set<String> hiddenKeys;
    private final Map<String, Object> answers;

    /**
     * @param pages the pages shown, with their positions in the form
     * @param edit goes back to the page at a position
     */
    ReviewPanel(Map<Integer, Page> pages, Set<String> hiddenKeys, Map<String, Object> answers, IntConsumer edit) {
        this.hiddenKeys = hiddenKeys;
        this.answers = answers;
        addClassName("form-review");
        add(new Paragraph(getTranslation("portal.form.review.intro")));
        pages.forEach((position, page) -> {
            Div step = new Div();
            step.addClassName("form-review-step");
            Button modify = new Button(getTranslation("portal.form.review.edit"), click -> edit.accept(position));
            modify.setAriaLabel(getTranslation("portal.form.review.edit.label", page.title()));
            modify.addThemeVariants(ButtonVariant.TERTIARY);
            Div header = new Div(new H3(page.title()), modify);
            header.addClassName("form-review-header");
            step.add(header);
            page.sections().forEach(section -> section(step, section));
            add(step);
        });
    }

    private void section(Div step, Section section) {
        List<Field> shown = section.fields().stream().filter(Field::takesAnswer)
                .filter(field -> !hiddenKeys.contains(field.key())).toList();
        if (shown.isEmpty()) {
            return;
        }
        DescriptionList list = new DescriptionList();
        shown.forEach(field -> describe(list, field, answers.get(field.key()), ""));
        step.add(new H4(section.title()), list);
    }

    private void describe(DescriptionList list, Field field, @Nullable Object value, String prefix) {
        if (field.type() != FieldType.REPEATABLE_GROUP) {
            list.add(new DescriptionList.Term(field.label()),
                    new DescriptionList.Description(AnswerText.of(field, value, this)));
            return;
        }
        List<?> entries = value instanceof List<?> given ? given : List.of();
        DescriptionList.Description description = new DescriptionList.Description();
        if (entries.isEmpty()) {
            description.setText(getTranslation("portal.form.review.none"));
        }
        for (int i = 0; i < entries.size(); i++) {
            String entryPrefix = prefix + field.key() + "[" + i + "].";
            Map<?, ?> entry = entries.get(i) instanceof Map<?, ?> map ? map : Map.of();
            DescriptionList inner = new DescriptionList();
            for (Field child : field.children()) {
                if (child.takesAnswer() && !hiddenKeys.contains(entryPrefix + child.key())) {
                    describe(inner, child, entry.get(child.key()), entryPrefix);
                }
            }
            Paragraph title = new Paragraph(getTranslation("portal.form.group.entry", field.label(), i + 1));
            title.addClassName("form-review-entry");
            description.add(title, inner);
        }
        list.add(new DescriptionList.Term(field.label()), description);
    }
}
