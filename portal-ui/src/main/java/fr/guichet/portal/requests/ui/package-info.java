/** Citizens following their requests: « Mes demandes » when signed in, the tracking link for guests. */
@NullMarked
package fr.guichet.portal.requests.ui;

import org.jspecify.annotations.NullMarked;
