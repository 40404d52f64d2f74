package fr.guichet.portal.account.ui;

import com.vaadin.flow.component.shared.HasValidationProperties;
import fr.guichet.portal.base.ui.FieldError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A field the server checks: where its error shows, the label the error summary lists it under and the id its
 * link focuses.
 */
record CheckedInput(HasValidationProperties validation, String label, String id) {

    /** Shows the server's message on the field, or none, and adds it to {@code shown}. */
    void show(@Nullable String message, List<FieldError> shown) {
        validation.setErrorMessage(message == null ? "" : message);
        validation.setInvalid(message != null);
        if (message != null) {
            shown.add(new FieldError(label, message, id));
        }
    }
}
