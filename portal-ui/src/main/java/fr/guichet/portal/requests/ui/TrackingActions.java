package fr.guichet.portal.requests.ui;

import fr.guichet.documents.IssuedDocumentContent;
import fr.guichet.requests.TrackedRequest;
import fr.guichet.requests.Tracking;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The panel's actions through the tracking service, as the signed-in citizen ({@code null} token) or a guest link. */
record TrackingActions(Tracking tracking, @Nullable String token) implements TrackedRequestPanel.Actions {

    @Override
    public TrackedRequest answer(TrackedRequest request, String text) {
        return tracking.answer(token, request.reference(), request.lockVersion(), text);
    }

    @Override
    public TrackedRequest write(TrackedRequest request, String text) {
        return tracking.write(token, request.reference(), request.lockVersion(), text);
    }

    @Override
    public TrackedRequest withdraw(TrackedRequest request) {
        return tracking.withdraw(token, request.reference(), request.lockVersion());
    }

    @Override
    public Optional<IssuedDocumentContent> document(TrackedRequest request, UUID documentId) {
        return tracking.document(token, request.reference(), documentId);
    }
}
