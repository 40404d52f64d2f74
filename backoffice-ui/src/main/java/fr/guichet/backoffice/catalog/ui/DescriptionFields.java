package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.catalog.Category;
import fr.guichet.catalog.ProcedureDescription;

/** The catalog description of a procedure, as fields. */
class DescriptionFields extends Div {

    private final TextField title = new TextField();
    private final TextArea summary = new TextArea();
    private final Select<Category> category = new Select<>();
    private final TextField audience = new TextField();
    private final TextArea documents = new TextArea();
    private final IntegerField days = new IntegerField();
    private final TextField team = new TextField();

    DescriptionFields() {
        addClassName("form-stack");
        title.setLabel(getTranslation("backoffice.edit.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(150);
        summary.setLabel(getTranslation("backoffice.edit.summary"));
        summary.setRequiredIndicatorVisible(true);
        summary.setMaxLength(500);
        category.setLabel(getTranslation("backoffice.procedures.category"));
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        audience.setLabel(getTranslation("backoffice.edit.audience"));
        documents.setLabel(getTranslation("backoffice.edit.documents"));
        days.setLabel(getTranslation("backoffice.edit.days"));
        days.setHelperText(getTranslation("backoffice.edit.days.help"));
        days.setMin(1);
        days.setMax(365);
        team.setLabel(getTranslation("backoffice.edit.team"));
        for (var field : new com.vaadin.flow.component.HasSize[] {title, summary, category, audience, documents, team}) {
            field.setWidth("40rem");
        }
        add(title, summary, category, audience, documents, days, team);
    }

    void show(ProcedureDescription description) {
        title.setValue(description.title());
        summary.setValue(description.summary());
        category.setValue(description.category());
        audience.setValue(orEmpty(description.audience()));
        documents.setValue(orEmpty(description.documentsToPrepare()));
        days.setValue(description.processingDays());
        team.setValue(orEmpty(description.team()));
    }

    /** The description as typed; the catalog checks it (French problems) before anything is written. */
    ProcedureDescription value() {
        if (category.getValue() == null) {
            throw new IllegalArgumentException("No category chosen");
        }
        return new ProcedureDescription(title.getValue().strip(), summary.getValue().strip(), category.getValue(),
                blankToNull(audience.getValue()), blankToNull(documents.getValue()), days.getValue(),
                blankToNull(team.getValue()));
    }

    static String orEmpty(@org.jspecify.annotations.Nullable String text) {
        return text == null ? "" : text;
    }

    static @org.jspecify.annotations.Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
