package fr.guichet.backoffice.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;

/** The privacy notice of a procedure (RGPD articles 13 and 14), as fields; all four are needed to publish. */
class PrivacyFields extends Div {

    private final TextArea purpose = new TextArea();
    private final Select<LegalBasis> basis = new Select<>();
    private final TextField retention = new TextField();
    private final TextArea recipients = new TextArea();

    PrivacyFields() {
        addClassName("form-stack");
        purpose.setLabel(getTranslation("backoffice.edit.purpose"));
        basis.setLabel(getTranslation("backoffice.edit.basis"));
        basis.setItems(LegalBasis.values());
        basis.setItemLabelGenerator(b -> b == null ? getTranslation("backoffice.edit.basis.none") : b.label());
        basis.setEmptySelectionAllowed(true);
        basis.setEmptySelectionCaption(getTranslation("backoffice.edit.basis.none"));
        retention.setLabel(getTranslation("backoffice.edit.retention"));
        retention.setHelperText(getTranslation("backoffice.edit.retention.help"));
        recipients.setLabel(getTranslation("backoffice.edit.recipients"));
        for (var field : new com.vaadin.flow.component.HasSize[] {purpose, basis, retention, recipients}) {
            field.setWidth("40rem");
        }
        add(purpose, basis, retention, recipients);
    }

    void show(PrivacyNotice notice) {
        purpose.setValue(DescriptionFields.orEmpty(notice.purpose()));
        basis.setValue(notice.legalBasis());
        retention.setValue(DescriptionFields.orEmpty(notice.retention()));
        recipients.setValue(DescriptionFields.orEmpty(notice.recipients()));
    }

    PrivacyNotice value() {
        return new PrivacyNotice(DescriptionFields.blankToNull(purpose.getValue()), basis.getValue(),
                DescriptionFields.blankToNull(retention.getValue()), DescriptionFields.blankToNull(recipients.getValue()));
    }
}
