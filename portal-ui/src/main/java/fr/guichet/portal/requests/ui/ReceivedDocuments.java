package fr.guichet.portal.requests.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.guichet.documents.IssuedDocumentContent;
import fr.guichet.documents.IssuedDocumentSummary;
import fr.guichet.requests.TrackedRequest;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * « Documents reçus »: the documents the town hall issued to the request, each downloaded through a handler of this
 * browser session (the request's ownership checked again by the tracking service), never a public address.
 */
final class ReceivedDocuments extends Section {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    ReceivedDocuments(TrackedRequest request, TrackedRequestPanel.Actions actions) {
        addClassName("received-documents");
        add(new H2(getTranslation("portal.tracking.documents")));
        UnorderedList list = new UnorderedList();
        for (IssuedDocumentSummary document : request.documents()) {
            Anchor download = new Anchor();
            download.setText(document.title());
            download.setHref(handler(() -> actions.document(request, document.id())), AttachmentType.DOWNLOAD);
            download.setAriaLabel(getTranslation("portal.tracking.documents.download", document.title()));
            list.add(new ListItem(download, new Span(getTranslation("portal.tracking.documents.details",
                    DAY.format(document.createdAt())))));
        }
        add(list);
    }

    private static DownloadHandler handler(Supplier<Optional<IssuedDocumentContent>> source) {
        return event -> {
            Optional<IssuedDocumentContent> found = source.get();
            if (found.isEmpty()) {
                event.getResponse().setStatus(HttpStatusCode.NOT_FOUND.getCode());
                return;
            }
            IssuedDocumentContent document = found.get();
            event.setFileName(document.summary().fileName());
            event.setContentType("application/pdf");
            event.setContentLength(document.content().length);
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            try (OutputStream out = event.getOutputStream()) {
                out.write(document.content());
            }
        };
    }
}
