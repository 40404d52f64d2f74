/** Citizen portal: legal views. */
@NullMarked
package fr.guichet.portal.legal.ui;

import org.jspecify.annotations.NullMarked;
