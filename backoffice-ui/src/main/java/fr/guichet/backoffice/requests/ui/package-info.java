/** Agents' work on requests: the inbox with its filters and counters, a request's page with its actions. */
@NullMarked
package fr.guichet.backoffice.requests.ui;

import org.jspecify.annotations.NullMarked;
