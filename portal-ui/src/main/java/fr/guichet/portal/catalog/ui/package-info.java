/** Citizen portal: catalog views. */
@NullMarked
package fr.guichet.portal.catalog.ui;

import org.jspecify.annotations.NullMarked;
