package fr.guichet.backoffice.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.guichet.attachments.AttachmentContent;
import fr.guichet.attachments.AttachmentNotFound;
import fr.guichet.attachments.AttachmentSummary;
import fr.guichet.attachments.Attachments;
import fr.guichet.attachments.FileSizes;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The files joined to a request: name, what they are, size, a download link and, for images and PDF, a preview in a
 * new tab. Both go through a handler of this agent's session (tenant and role checked again, every read recorded),
 * never a public address; the type served is the one detected from the content when the file was uploaded.
 */
final class AttachmentsPanel extends Section {

    /** Images are shown alone: nothing in them may load or run anything. */
    private static final String IMAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";

    AttachmentsPanel(UUID requestId, List<AttachmentSummary> files, Attachments attachments) {
        addClassName("request-attachments");
        add(new H2(getTranslation("backoffice.request.attachments", files.size())));
        UnorderedList list = new UnorderedList();
        for (AttachmentSummary file : files) {
            Anchor download = new Anchor();
            download.setText(file.name());
            download.setHref(handler(attachments, requestId, file.reference(), false), AttachmentType.DOWNLOAD);
            download.setAriaLabel(getTranslation("backoffice.request.attachment.download", file.name()));
            ListItem item = new ListItem(download, new Span(getTranslation("backoffice.request.attachment.details",
                    file.typeLabel(), FileSizes.french(file.size()))));
            if (file.previewable()) {
                Anchor preview = new Anchor();
                preview.setText(getTranslation("backoffice.request.attachment.preview"));
                preview.setHref(handler(attachments, requestId, file.reference(), true), AttachmentType.INLINE);
                preview.setTarget(AnchorTarget.BLANK);
                preview.setAriaLabel(getTranslation("backoffice.request.attachment.preview.label", file.name()));
                preview.addClassName("request-attachment-preview");
                item.add(preview);
            }
            list.add(item);
        }
        add(list);
    }

    private static DownloadHandler handler(Attachments attachments, UUID requestId, String reference,
            boolean inline) {
        return event -> {
            AttachmentContent file;
            try {
                file = attachments.download(requestId, reference);
            } catch (AttachmentNotFound notFound) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            } catch (AccessDeniedException denied) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
                return;
            }
            boolean shownInline = inline && file.previewable();
            if (shownInline) {
                event.inline(file.name());
            } else {
                event.setFileName(file.name());
            }
            event.setContentType(file.mediaType());
            event.setContentLength(file.content().length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            if (shownInline && file.mediaType().startsWith("image/")) {
                event.getResponse().setHeader("Content-Security-Policy", IMAGE_POLICY);
            }
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }
}
