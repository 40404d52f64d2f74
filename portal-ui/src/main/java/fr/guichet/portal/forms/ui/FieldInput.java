package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.Component;
import fr.guichet.forms.Field;
import fr.guichet.identity.Prefill;
import fr.guichet.portal.base.ui.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One field of the form as the citizen fills it in: its component, its raw answer and its errors. */
interface FieldInput {

    Field field();

    Component component();

    /**
     * The answer as {@link fr.guichet.forms.SubmissionValidation} reads it (text, {@code Boolean}, {@code LocalDate},
     * list of options, list of maps for a group), or null when nothing was entered.
     */
    @Nullable Object answer();

    /**
     * The answer, or an empty answer of the right shape: every field is sent when probing visibility, so that the
     * keys the validation ignores are exactly those of the hidden fields.
     */
    default Object probe() {
        Object answer = answer();
        return answer == null ? "" : answer;
    }

    /** Drops the answer, once the field is hidden by a condition. */
    void clear();

    /** Sets the component's id; inside a group the id carries the entry's number. */
    void identify(String id);

    /**
     * Shows this field's error (keyed {@code prefix + key}), and those inside it, or none; adds what it shows to
     * {@code shown}, in document order.
     */
    void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown);

    /**
     * Like {@link #showErrors} but only where an error is shown already: as the citizen corrects a field, its error
     * changes or disappears, and no new error appears before the next check.
     */
    void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown);

    /** Shows or hides what conditions decide inside this field (the fields of a group's entries). */
    default void applyVisibility(Set<String> hiddenKeys, String prefix) {
    }

    /**
     * Fills the field with the answer the citizen's profile suggests, marked as such (read-only when certified).
     *
     * @return whether this kind of field took it
     */
    default boolean prefill(Prefill prefill) {
        return false;
    }

    /**
     * Puts back an answer saved in a draft (as stored: text, boolean, list, map), unless it no longer fits the field
     * (an option gone, a value of another shape) or the field is read-only (certified from the profile).
     *
     * @return whether the field took it
     */
    default boolean restore(Object answer) {
        return false;
    }

    /**
     * Whether the field's answer came from elsewhere than the browser (API Particulier, held by the server): it is
     * then not required from the citizen.
     */
    default boolean answeredElsewhere() {
        return false;
    }

    /** Runs {@code listener} whenever the answer changes. */
    void addChangeListener(Runnable listener);

    /** A field that only informs (text, a document asked later): no answer, never in error, never changes. */
    interface DisplayOnly extends FieldInput {

        @Override
        default @Nullable Object answer() {
            return null;
        }

        @Override
        default void clear() {
        }

        @Override
        default void showErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        }

        @Override
        default void refreshErrors(Map<String, String> errors, String prefix, List<FieldError> shown) {
        }

        @Override
        default void addChangeListener(Runnable listener) {
        }
    }

    /** Shows or hides a field; a field that gets hidden loses its answer. */
    static void show(FieldInput input, boolean visible) {
        if (!visible && input.component().isVisible()) {
            input.clear();
        }
        input.component().setVisible(visible);
    }
}
