/** Citizen portal: base views. */
@NullMarked
package fr.guichet.portal.base.ui;

import org.jspecify.annotations.NullMarked;
