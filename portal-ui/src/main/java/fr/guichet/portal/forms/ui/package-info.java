/**
 * Citizen portal: a published procedure's form, page by page, rendered from its definition and validated by the
 * server ({@link fr.guichet.forms.SubmissionValidation}) against the same definition.
 */
@NullMarked
package fr.guichet.portal.forms.ui;

import org.jspecify.annotations.NullMarked;
