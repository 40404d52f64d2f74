/** Agents' back office: the workflow (circuit) editor of a procedure, and the document templates its states use. */
@NullMarked
package fr.guichet.backoffice.workflows.ui;

import org.jspecify.annotations.NullMarked;
