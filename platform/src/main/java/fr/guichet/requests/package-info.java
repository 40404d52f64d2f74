/**
 * Requests (demandes): what citizens submit with a procedure version, whatever the channel, and how agents process
 * them through a workflow, with a timeline, references and audited reads.
 */
@NullMarked
package fr.guichet.requests;

import org.jspecify.annotations.NullMarked;
