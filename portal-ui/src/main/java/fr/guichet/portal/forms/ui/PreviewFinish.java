package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The end of a designer's preview: the answers are checked like a citizen's, and nothing is sent. */
final class PreviewFinish implements FormFinish {

    private final Component i18n;

    PreviewFinish(Component i18n) {
        this.i18n = i18n;
    }

    @Override
    public String buttonText(Component component) {
        return component.getTranslation("portal.preview.check");
    }

    @Override
    public Optional<Component> panel() {
        return Optional.empty();
    }

    @Override
    public List<String> finish(Map<String, Object> answers, List<String> pendingDocuments) {
        List<String> paragraphs = new ArrayList<>(List.of(i18n.getTranslation("portal.preview.complete")));
        if (!pendingDocuments.isEmpty()) {
            paragraphs.add(i18n.getTranslation("portal.form.complete.documents", String.join(", ",
                    pendingDocuments)));
        }
        return paragraphs;
    }
}
