package fr.guichet.notifications;

import fr.guichet.tenancy.CurrentTenant;
import java.util.UUID;

/**
 * A message a node claimed for sending.
 *
 * @param attempts attempts so far, this one included
 * @param claimToken proof of the claim; the outcome is recorded only while it still holds
 */
record ClaimedMessage(OutboxMessage message, CurrentTenant tenant, int attempts, UUID claimToken) {
}
