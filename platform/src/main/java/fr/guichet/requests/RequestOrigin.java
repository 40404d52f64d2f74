package fr.guichet.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Where a new request comes from: the procedure version filled, the channel, the requester, the registering agent. */
record RequestOrigin(UUID procedureId, int procedureVersion, String procedureTitle, Channel channel,
        Requester requester, @Nullable String registeredBy) {
}
