/** Agents' back office. */
@NullMarked
package fr.guichet.backoffice;

import org.jspecify.annotations.NullMarked;
