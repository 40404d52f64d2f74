package fr.guichet.backoffice.builder.ui;

import com.vaadin.flow.component.textfield.TextField;
import fr.guichet.forms.FormChecks;
import fr.guichet.forms.FormEdits;

/**
 * The key of a page, section or field (the name of the answer in requests and exports). A new key is applied only
 * when well formed and free; conditions that tested the old key follow it.
 */
final class KeyField extends TextField {

    private String current;

    KeyField(BuilderState state, String key) {
        this.current = key;
        setLabel(getTranslation("backoffice.builder.key"));
        setHelperText(getTranslation("backoffice.builder.key.help"));
        setValue(key);
        addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            String wanted = event.getValue().strip();
            if (wanted.equals(current)) {
                setInvalid(false);
            } else if (!FormChecks.KEY.matcher(wanted).matches()) {
                refuse(getTranslation("backoffice.builder.key.invalid"));
            } else if (FormEdits.keys(state.form()).contains(wanted)) {
                refuse(getTranslation("backoffice.builder.key.used", wanted));
            } else {
                setInvalid(false);
                String old = current;
                current = wanted;
                state.rename(old, wanted);
            }
        });
    }

    /** The key the element has in the form now. */
    String current() {
        return current;
    }

    private void refuse(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }
}
