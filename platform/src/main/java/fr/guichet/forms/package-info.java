/**
 * The form definition model of the no-code form builder: pages, sections, fields, their JSON format,
 * the checks run before publication and the authoritative server-side validation of submissions.
 */
@NullMarked
package fr.guichet.forms;

import org.jspecify.annotations.NullMarked;
