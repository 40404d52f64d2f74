package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import fr.guichet.catalog.FormPreviews;
import fr.guichet.forms.FormDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The live preview: the portal's own rendering of the form being built (its preview page, on the same host), in a
 * frame reloaded after every change and opened at the page being edited.
 */
final class PreviewFrame extends Section {

    private final FormPreviews previews;
    private final IFrame frame = new IFrame();
    private @Nullable String token;
    private int revision;

    PreviewFrame(FormPreviews previews) {
        this.previews = previews;
        addClassName("builder-preview");
        H2 heading = new H2(getTranslation("backoffice.builder.preview"));
        heading.setId("builder-preview-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        frame.setTitle(getTranslation("backoffice.builder.preview.frame"));
        frame.addClassName("builder-preview-frame");
        add(heading, new Paragraph(getTranslation("backoffice.builder.preview.help")), frame);
    }

    void show(String title, FormDefinition form, @Nullable String pageKey) {
        token = token == null ? previews.share(title, form) : previews.update(token, title, form);
        revision++;
        frame.setSrc("apercu/" + token + "?v=" + revision + (pageKey == null ? "" : "&page=" + pageKey));
    }
}
