/**
 * Checks of French identifiers and formats, and generic field rules, used by the no-code form builder; exposed to
 * other features (requests, identity) as the named interface {@code checks} so that an e-mail or a phone number is
 * checked the same way everywhere.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("checks")
package fr.guichet.forms.checks;
