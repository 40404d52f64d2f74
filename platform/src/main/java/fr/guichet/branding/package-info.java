/** Pure domain rules for a commune's branding: colours, WCAG contrast and safe logo uploads. */
@NullMarked
package fr.guichet.branding;

import org.jspecify.annotations.NullMarked;
