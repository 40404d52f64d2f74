/** The no-code form builder of the back office: pages, sections, fields, conditions, with a live portal preview. */
@NullMarked
package fr.guichet.backoffice.builder.ui;

import org.jspecify.annotations.NullMarked;
