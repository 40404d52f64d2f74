package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A piece of text the commune shows among the questions; it takes no answer. */
final class InformationText implements FieldInput {

    private final Field field;
    private final Paragraph text;

    InformationText(Field field) {
        this.field = field;
        this.text = new Paragraph(field.label());
        text.addClassName("form-information");
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public Component component() {
        return text;
    }

    @Override
    public @Nullable Object answer() {
        return null;
    }

    @Override
    public void clear() {
        // nothing to drop
    }

    @Override
    public void identify(String id) {
        text.setId(id);
    }

    @Override
    public void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        // never in error
    }

    @Override
    public void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        // never in error
    }

    @Override
    public void addChangeListener(Runnable listener) {
        // never changes
    }
}
