/** Checks of French identifiers and formats, and generic field rules, used by the no-code form builder. */
@org.jspecify.annotations.NullMarked
package fr.guichet.forms.checks;
