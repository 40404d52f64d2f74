/** Citizen portal. */
@NullMarked
package fr.guichet.portal;

import org.jspecify.annotations.NullMarked;
