package fr.guichet.requests;

import fr.guichet.documents.IssuedDocuments;
import fr.guichet.identity.CitizenProfiles;
import fr.guichet.identity.ContactChannel;
import fr.guichet.identity.GuestAccess;
import fr.guichet.notifications.Notification;
import fr.guichet.notifications.Notifications;
import fr.guichet.notifications.RenderedNotice;
import fr.guichet.notifications.TemplateKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the citizen is told about their request, queued in the same transaction as the change that caused it (the
 * notifications outbox): the receipt, a request for more information, a decision, a message from the town hall. Each
 * mail carries the link to follow the request: the citizen's account page, or a guest's tracking link. A citizen with
 * an account is also notified inside the portal; one who prefers post also gets a letter, which agents print and post
 * from « Courriers à envoyer ».
 */
@Component
class RequestNotices {

    /** The path of a citizen's requests in the portal, followed by a reference for one request. */
    static final String MY_REQUESTS = "mes-demandes";

    private final Notifications notifications;
    private final GuestAccess guests;
    private final PortalRoot portal;
    private final IssuedDocuments documents;
    private final CitizenProfiles citizens;

    RequestNotices(Notifications notifications, GuestAccess guests, PortalRoot portal, IssuedDocuments documents,
            CitizenProfiles citizens) {
        this.notifications = notifications;
        this.guests = guests;
        this.portal = portal;
        this.documents = documents;
        this.citizens = citizens;
    }

    void received(Request request) {
        send(request, TemplateKey.REQUEST_RECEIVED, Map.of());
    }

    /** The state the request just entered (its citizen's label {@code status}) asked to notify the citizen. */
    void entered(Request request, String template, String status, @Nullable String comment) {
        switch (template) {
            case "status-changed" -> send(request, TemplateKey.STATUS_CHANGED,
                    Map.of("status", status, "message", comment == null ? "" : comment));
            case "information-requested" -> send(request, TemplateKey.INFORMATION_REQUESTED,
                    Map.of("message", comment == null ? "" : comment));
            case "request-accepted" -> send(request, TemplateKey.DECISION_ACCEPTED, Map.of());
            case "request-refused" -> send(request, TemplateKey.DECISION_REFUSED,
                    Map.of("reason", comment == null ? "" : comment));
            case "request-received" -> send(request, TemplateKey.REQUEST_RECEIVED, Map.of());
            default -> throw new IllegalStateException("No notification for workflow template " + template);
        }
    }

    void messaged(Request request, String message) {
        send(request, TemplateKey.TOWN_HALL_MESSAGE, Map.of("message", message));
    }

    private void send(Request request, TemplateKey key, Map<String, String> extra) {
        if (request.contactEmail() == null && request.citizenId() == null) {
            return; // met at the counter without an address: the agent answers by the channel the person used
        }
        String link = link(request);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("name", request.contactName() == null ? "Madame, Monsieur" : request.contactName());
        variables.put("reference", request.reference());
        variables.put("procedure", request.procedureTitle());
        variables.put("link", link);
        variables.putAll(extra);
        variables.keySet().retainAll(key.variables());
        // The citizen's preferred channel: SMS when chosen with a phone; by post, agents write (portal notice only).
        boolean bySms = request.preferredChannel() == ContactChannel.SMS && request.contactPhone() != null;
        if (bySms) {
            notifications.enqueue(Notification.sms(request.contactPhone(), key, variables));
        } else if (request.contactEmail() != null && request.preferredChannel() != ContactChannel.POST) {
            notifications.enqueue(Notification.email(request.contactEmail(), key, variables));
        }
        if (request.citizenId() != null) {
            notifications.enqueue(Notification.portal(request.citizenId(), key, variables));
        }
        if (request.preferredChannel() == ContactChannel.POST && request.citizenId() != null) {
            letter(request, notifications.render(Notification.portal(request.citizenId(), key, variables)));
        }
    }

    /** The notice as a letter to post, addressed with the citizen's profile as it is now. */
    private void letter(Request request, RenderedNotice notice) {
        List<String> address = new ArrayList<>();
        address.add(request.contactName() == null ? "Madame, Monsieur" : request.contactName());
        citizens.profileOf(Objects.requireNonNull(request.citizenId())).ifPresent(profile -> {
            Stream.of(profile.address(), String.join(" ", Stream.of(profile.postcode(), profile.commune())
                    .filter(Objects::nonNull).toList())).filter(line -> line != null && !line.isBlank())
                    .forEach(address::add);
        });
        documents.letter(request.id(), request.reference(), notice.subject(), notice.text(), address);
    }

    private String link(Request request) {
        String root = portal.current();
        if (request.citizenId() != null) {
            return root + MY_REQUESTS + "/" + request.reference();
        }
        return guests.issue(request.contactEmail(), root).link();
    }
}
