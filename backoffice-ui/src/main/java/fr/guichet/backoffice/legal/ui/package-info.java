/** Agents' back office: legal views. */
@NullMarked
package fr.guichet.backoffice.legal.ui;

import org.jspecify.annotations.NullMarked;
