/**
 * Checks of French identifiers and formats, and generic field rules, used by the no-code form builder. Exposed to
 * other features as the named interface {@code checks} (notifications normalise phone numbers with it).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("checks")
package fr.guichet.forms.checks;
