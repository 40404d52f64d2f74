package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import fr.guichet.forms.Field;
import fr.guichet.forms.FieldType;
import fr.guichet.forms.FormEdits;
import fr.guichet.forms.Section;

/**
 * What can be done to the selected element besides editing it: add a section to a page or a field to a section or
 * a group, move it among its siblings, delete it (after confirmation).
 */
final class StructureActions extends Div {

    private final BuilderState state;
    private final String key;

    StructureActions(BuilderState state, String key, String name, boolean takesSections, boolean takesFields) {
        this.state = state;
        this.key = key;
        addClassName("builder-actions");
        if (takesSections) {
            add(new Button(getTranslation("backoffice.builder.add.section"), click -> addSection()));
        }
        if (takesFields) {
            Select<FieldType> type = new Select<>();
            type.setLabel(getTranslation("backoffice.builder.add.type"));
            type.setItems(FieldType.values());
            type.setItemLabelGenerator(t -> FieldLabels.type(this, t));
            type.setValue(FieldType.SHORT_TEXT);
            add(type, new Button(getTranslation("backoffice.builder.add.field"), click -> addField(type.getValue())));
        }
        Button up = new Button(getTranslation("backoffice.builder.move.up"), click -> move(-1));
        up.setAriaLabel(getTranslation("backoffice.builder.move.up.label", name));
        Button down = new Button(getTranslation("backoffice.builder.move.down"), click -> move(1));
        down.setAriaLabel(getTranslation("backoffice.builder.move.down.label", name));
        Button delete = new Button(getTranslation("backoffice.builder.delete"), click -> confirmDelete(name));
        delete.setAriaLabel(getTranslation("backoffice.builder.delete.label", name));
        delete.addThemeVariants(ButtonVariant.ERROR);
        add(up, down, delete);
    }

    private void addSection() {
        String section = FormEdits.freeKey(state.form(), "section");
        state.restructure(form -> FormEdits.addSection(form, key, Section.of(section,
                getTranslation("backoffice.builder.new.section"))), section);
    }

    private void addField(FieldType type) {
        String field = FormEdits.freeKey(state.form(), "champ");
        String label = getTranslation(type == FieldType.INFORMATION_TEXT ? "backoffice.builder.new.text"
                : "backoffice.builder.new.field");
        state.restructure(form -> FormEdits.addField(form, key, Field.of(field, type, label)), field);
    }

    private void move(int offset) {
        state.change(form -> FormEdits.move(form, key, offset));
    }

    private void confirmDelete(String name) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("backoffice.builder.delete.title"),
                getTranslation("backoffice.builder.delete.text", name), getTranslation("backoffice.builder.delete"),
                confirm -> state.restructure(form -> FormEdits.remove(form, key), null));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
