/**
 * The catalog of a tenant's online procedures (démarches): descriptions, privacy notices, versions and lifecycle.
 */
@NullMarked
package fr.guichet.catalog;

import org.jspecify.annotations.NullMarked;
