/** Agents' back office: the catalog of procedures, for designers. */
@NullMarked
package fr.guichet.backoffice.catalog.ui;

import org.jspecify.annotations.NullMarked;
