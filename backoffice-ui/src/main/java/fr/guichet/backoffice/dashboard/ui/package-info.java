/** Agents' back office: dashboard views. */
@NullMarked
package fr.guichet.backoffice.dashboard.ui;

import org.jspecify.annotations.NullMarked;
