/** Agents' back office: e-mails and SMS that could not be sent, for the commune's administrators. */
@NullMarked
package fr.guichet.backoffice.notifications.ui;

import org.jspecify.annotations.NullMarked;
