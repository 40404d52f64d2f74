/** Vaadin chrome shared by the three UI modules: app shell, host routing, translations, error views. */
@NullMarked
package fr.guichet.app.ui;

import org.jspecify.annotations.NullMarked;
