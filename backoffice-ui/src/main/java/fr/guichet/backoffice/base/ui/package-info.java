/** Agents' back office: base views. */
@NullMarked
package fr.guichet.backoffice.base.ui;

import org.jspecify.annotations.NullMarked;
