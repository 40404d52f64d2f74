/**
 * The legal pages every tenant's portal must publish (mentions légales, accessibilité, données personnelles).
 */
@NullMarked
package fr.guichet.legal;

import org.jspecify.annotations.NullMarked;
