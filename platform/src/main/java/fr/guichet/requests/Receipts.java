package fr.guichet.requests;

import fr.guichet.branding.BrandingService;
import fr.guichet.catalog.Catalog;
import fr.guichet.catalog.ProcedureVersion;
import fr.guichet.forms.AnswerSheet;
import fr.guichet.forms.FormJson;
import fr.guichet.tenancy.TenantTransactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** PDF receipts (récépissés) of requests. */
@Service
public class Receipts {

    /** How long after submitting the page that shows the reference may still download the receipt. */
    static final Duration FRESH = Duration.ofHours(24);

    private final Requests requests;
    private final Catalog catalog;
    private final BrandingService branding;
    private final Clock clock;

    Receipts(Requests requests, Catalog catalog, BrandingService branding, Clock clock) {
        this.requests = requests;
        this.catalog = catalog;
        this.branding = branding;
        this.clock = clock;
    }

    /** A PDF file: its name and bytes. */
    public record Receipt(String fileName, byte[] pdf) {
    }

    /**
     * The receipt of a request just submitted, for the page that shows its reference: both the id and the reference
     * must match, and it must be recent. Later, citizens get it from their requests' pages.
     */
    @TenantTransactional(readOnly = true)
    public Optional<Receipt> forNewRequest(UUID id, String reference) {
        return requests.findById(id).filter(request -> request.reference().equals(reference))
                .filter(request -> request.submittedAt().plus(FRESH).isAfter(clock.instant()))
                .map(this::receipt);
    }

    Receipt receipt(Request request) {
        ProcedureVersion version = catalog.version(request.procedureId(), request.procedureVersion()).orElseThrow();
        byte[] pdf = ReceiptPdf.write(new ReceiptPdf.Content(branding.current().displayName(), request,
                version.description().processingDays(), AnswerSheet.of(FormJson.read(version.formJson()),
                        AnswersJson.read(request.answersJson()))));
        return new Receipt("recepisse-" + request.reference() + ".pdf", pdf);
    }
}
