/**
 * Workflows (circuits): the states a procedure's requests go through, the moves between them and what entering a
 * state does; their JSON form, stored with each procedure version, and the checks a designer's workflow must pass.
 */
@NullMarked
package fr.guichet.workflows;

import org.jspecify.annotations.NullMarked;
