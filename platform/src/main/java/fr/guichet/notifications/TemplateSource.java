package fr.guichet.notifications;

import org.springframework.stereotype.Component;

/** The text in force for a key in the current tenant: its own, or the default. Runs in the caller's transaction. */
@Component
class TemplateSource {

    private final NotificationTemplateRepository templates;

    TemplateSource(NotificationTemplateRepository templates) {
        this.templates = templates;
    }

    EditableTemplate effective(TemplateKey key) {
        return templates.findById(key).map(t -> new EditableTemplate(key, t.text(), true))
                .orElseGet(() -> new EditableTemplate(key, DefaultTemplates.of(key), false));
    }
}
