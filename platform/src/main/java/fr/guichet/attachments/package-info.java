/**
 * Attachments (pièces jointes): files citizens join to a request's file fields, inspected from their content, kept
 * pending for whoever uploaded them until the request is submitted, then bound to it and served to agents only.
 */
@NullMarked
package fr.guichet.attachments;

import org.jspecify.annotations.NullMarked;
