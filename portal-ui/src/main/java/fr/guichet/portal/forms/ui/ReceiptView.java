package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import fr.guichet.portal.base.ui.PortalLayout;
import fr.guichet.portal.catalog.ui.CatalogView;
import fr.guichet.requests.Receipts;
import fr.guichet.requests.SubmissionResult;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The page after submitting: the request's reference and its PDF receipt. It opens only in the browser session that
 * submitted the request (the reference alone opens nothing); later, the request is followed from the tracking link
 * or the citizen's account.
 */
@Route(value = "demarches/:slug/depot/:reference", layout = PortalLayout.class, registerAtStartup = false)
@AnonymousAllowed
public class ReceiptView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String SUBMITTED = ReceiptView.class.getName() + ".submitted";

    private final Receipts receipts;

    public ReceiptView(Receipts receipts) {
        this.receipts = receipts;
        addClassNames("form-view", "receipt-view");
    }

    static RouteParameters parameters(String slug, String reference) {
        return new RouteParameters(Map.of("slug", slug, "reference", reference));
    }

    /** Lets this browser session open the receipt of the request it just submitted. */
    static void remember(SubmissionResult result) {
        submitted(VaadinSession.getCurrent()).put(result.reference(), result.requestId());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, UUID> submitted(VaadinSession session) {
        Map<String, UUID> known = (Map<String, UUID>) session.getAttribute(SUBMITTED);
        if (known == null) {
            known = new HashMap<>();
            session.setAttribute(SUBMITTED, known);
        }
        return known;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String reference = event.getRouteParameters().get("reference").orElse("");
        UUID id = submitted(VaadinSession.getCurrent()).get(reference);
        if (id == null) {
            add(new H1(getTranslation("portal.receipt.unknown.title")),
                    new Paragraph(getTranslation("portal.receipt.unknown")));
            return;
        }
        Paragraph number = new Paragraph(reference);
        number.addClassName("receipt-number");
        Div box = new Div(new Paragraph(getTranslation("portal.receipt.reference")), number);
        box.addClassName("receipt-reference");
        Anchor pdf = new Anchor();
        pdf.setText(getTranslation("portal.receipt.pdf"));
        pdf.setHref(download(id, reference), com.vaadin.flow.component.html.AttachmentType.DOWNLOAD);
        add(new H1(getTranslation("portal.receipt.title")), box,
                new Paragraph(getTranslation("portal.receipt.keep")), pdf,
                new RouterLink(getTranslation("portal.receipt.catalog"), CatalogView.class));
    }

    private DownloadHandler download(UUID id, String reference) {
        return event -> {
            var receipt = receipts.forNewRequest(id, reference);
            if (receipt.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(receipt.get().fileName());
            event.setContentType("application/pdf");
            event.setContentLength(receipt.get().pdf().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(receipt.get().pdf());
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portal.receipt.title");
    }
}
