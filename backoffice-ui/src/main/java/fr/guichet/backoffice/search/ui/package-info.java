/** Agents' full-text search of requests: the box in every back-office screen's header and the results page. */
@NullMarked
package fr.guichet.backoffice.search.ui;

import org.jspecify.annotations.NullMarked;
