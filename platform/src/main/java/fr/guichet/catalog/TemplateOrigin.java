package fr.guichet.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The template a procedure was made from and the version of it last taken (by instantiating it or applying a later
 * version). Only a record of where the content came from: nothing ever rewrites a procedure from it.
 *
 * @param templateId the shared template's id in the control plane; {@code null} for the platform's library
 * @param key the template's key
 * @param version the template version taken; platform templates are always version {@value #PLATFORM_VERSION}
 */
@Embeddable
public record TemplateOrigin(
        @Column(name = "template_source") @Enumerated(EnumType.STRING) TemplateSource source,
        @Column(name = "template_id") @Nullable UUID templateId,
        @Column(name = "template_key") String key,
        @Column(name = "template_version") int version) {

    /** Platform templates carry no content versions: a commune is never offered an update of one. */
    public static final int PLATFORM_VERSION = 1;

    public static TemplateOrigin platform(String key) {
        return new TemplateOrigin(TemplateSource.PLATFORM, null, key, PLATFORM_VERSION);
    }

    public static TemplateOrigin epci(UUID templateId, String key, int version) {
        return new TemplateOrigin(TemplateSource.EPCI, templateId, key, version);
    }
}
