package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.guichet.forms.Field;
import java.util.Locale;
import java.util.Map;

/**
 * A document to join. Files are uploaded with the submission of requests, which does not exist yet: the page says
 * plainly that the document will be asked for then, and no upload is pretended. Its answer is therefore always
 * empty, and the "required" error of a required document is not shown: the document is pending, not missing.
 */
final class FileNotice implements FieldInput.DisplayOnly {

    private final Field field;
    private final Div box = new Div();

    FileNotice(Field field) {
        this.field = field;
        box.addClassName("form-file");
        Paragraph name = new Paragraph(field.label());
        name.addClassName("form-file-name");
        box.add(name);
        if (field.help() != null && !field.help().isBlank()) {
            box.add(new Paragraph(field.help()));
        }
        if (!field.acceptedFileTypes().isEmpty() && field.maxFileSizeBytes() > 0) {
            box.add(new Paragraph(box.getTranslation("portal.form.file.formats",
                    String.join(", ", field.acceptedFileTypes()).toUpperCase(Locale.ROOT),
                    megabytes(field.maxFileSizeBytes()))));
        }
        Paragraph notice = new Paragraph(box.getTranslation(field.required() ? "portal.form.file.required"
                : "portal.form.file.optional"));
        notice.addClassName("form-file-notice");
        box.add(notice);
    }

    @Override
    public Field field() {
        return field;
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public Object probe() {
        return Map.of();
    }

    @Override
    public void identify(String id) {
        box.setId(id);
    }

    private static String megabytes(long bytes) {
        long tenths = Math.round(bytes * 10.0 / (1024 * 1024));
        return tenths % 10 == 0 ? String.valueOf(tenths / 10) : (tenths / 10) + "," + (tenths % 10);
    }
}
