package fr.guichet.notifications;

import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** The current tenant's notification templates: the French defaults until its administrators rewrite them. */
@Service
public class NotificationTemplates {

    private final NotificationTemplateRepository templates;
    private final TemplateSource source;
    private final Clock clock;

    NotificationTemplates(NotificationTemplateRepository templates, TemplateSource source, Clock clock) {
        this.templates = templates;
        this.source = source;
        this.clock = clock;
    }

    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public List<EditableTemplate> list() {
        return Arrays.stream(TemplateKey.values()).map(source::effective).toList();
    }

    @TenantTransactional(readOnly = true)
    @PreAuthorize("hasRole('ADMIN')")
    public EditableTemplate read(TemplateKey key) {
        return source.effective(key);
    }

    /** Replaces a template; refused with every problem in French (unknown variables, empty or too long parts). */
    @TenantTransactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditableTemplate rewrite(TemplateKey key, TemplateText text) {
        TemplateText stripped = new TemplateText(text.subject().strip(), text.body().strip(), text.sms().strip());
        List<String> problems = new ArrayList<>();
        problems.addAll(TemplateSyntax.problems("Objet", stripped.subject(), TemplateText.MAX_SUBJECT, key.variables()));
        problems.addAll(TemplateSyntax.problems("Message", stripped.body(), TemplateText.MAX_BODY, key.variables()));
        problems.addAll(TemplateSyntax.problems("SMS", stripped.sms(), TemplateText.MAX_SMS, key.variables()));
        if (stripped.subject().contains("\n")) {
            problems.add("Objet : il tient sur une seule ligne.");
        }
        if (!problems.isEmpty()) {
            throw new InvalidTemplate(problems);
        }
        NotificationTemplate template = templates.findById(key).orElseGet(() -> new NotificationTemplate(key));
        template.rewrite(stripped, SecurityContextHolder.getContext().getAuthentication().getName(), clock.instant());
        templates.save(template);
        return new EditableTemplate(key, stripped, true);
    }

    /** Back to the French default. */
    @TenantTransactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditableTemplate restoreDefault(TemplateKey key) {
        templates.deleteById(key);
        return new EditableTemplate(key, DefaultTemplates.of(key), false);
    }
}
