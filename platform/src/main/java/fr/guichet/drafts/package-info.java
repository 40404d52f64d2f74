/**
 * Drafts (brouillons): the answers a signed-in citizen types into a published procedure's form, saved as they go,
 * resumed later (carried over to a newer version of the procedure), expired and purged after a while, and consumed
 * by the submission. One draft per citizen and procedure. See decision 013.
 */
@NullMarked
package fr.guichet.drafts;

import org.jspecify.annotations.NullMarked;
