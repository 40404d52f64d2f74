/**
 * Assembly of the application: database bootstrap, web security, and the Vaadin shell that routes each host to
 * its UI module. No business logic.
 */
@NullMarked
package fr.guichet.app;

import org.jspecify.annotations.NullMarked;
