package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;

/** A piece of text the commune shows among the questions; it takes no answer. */
final class InformationText implements FieldInput.DisplayOnly {

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
    public void identify(String id) {
        text.setId(id);
    }
}
