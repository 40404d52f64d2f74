/**
 * Notifications to citizens by e-mail, SMS and inside the portal: per-tenant French templates, a transactional
 * outbox in the control plane delivered by one poller for all tenants, and the failures shown to administrators.
 */
@NullMarked
package fr.guichet.notifications;

import org.jspecify.annotations.NullMarked;
