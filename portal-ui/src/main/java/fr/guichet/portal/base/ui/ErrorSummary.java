package fr.guichet.portal.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The errors of the page, at its top (RGAA 11.10, WCAG 3.3.1): announced as an alert and focused when shown, each
 * error a link that moves focus to its field.
 */
public final class ErrorSummary extends Div {

    /** A label ending with a full stop (a consent's sentence) reads better without it before « : message ». */
    private static final Pattern TRAILING_STOP = Pattern.compile("[.\\s]+$");

    /** Focuses the field a link names: the checked or first option of a group, the component itself otherwise. */
    private static final String FOCUS_ON_CLICK = """
            this.addEventListener('click', event => {
              const link = event.target.closest('a[data-field]');
              if (!link) return;
              event.preventDefault();
              const field = document.getElementById(link.dataset.field);
              if (!field) return;
              const isGroup = field.localName === 'vaadin-radio-group' || field.localName === 'vaadin-checkbox-group';
              const target = isGroup ? (field.querySelector('input:checked') || field.querySelector('input')) : field;
              target.focus();
              field.scrollIntoView({block: 'center'});
            });""";

    public ErrorSummary() {
        addClassName("error-summary");
        getElement().setAttribute("tabindex", "-1");
        addAttachListener(attach -> getElement().executeJs(FOCUS_ON_CLICK));
        setVisible(false);
    }

    /** Shows the errors found by a check, announced and focused. */
    public void show(List<FieldError> errors) {
        list(errors);
        getElement().setAttribute("role", "alert");
        setVisible(true);
        getElement().callJsFunction("focus");
    }

    /**
     * Keeps the summary in step with the fields as the citizen corrects them, without announcing it again; gone
     * with the last error.
     */
    public void refresh(List<FieldError> errors) {
        if (!isVisible()) {
            return;
        }
        if (errors.isEmpty()) {
            hide();
            return;
        }
        getElement().removeAttribute("role");
        list(errors);
    }

    public void hide() {
        removeAll();
        getElement().removeAttribute("role");
        setVisible(false);
    }

    private void list(List<FieldError> errors) {
        removeAll();
        UnorderedList list = new UnorderedList();
        for (FieldError error : errors) {
            Anchor link = new Anchor("#" + error.targetId(), getTranslation("portal.form.errors.link",
                    TRAILING_STOP.matcher(error.label()).replaceFirst(""), error.message()));
            link.getElement().setAttribute("data-field", error.targetId());
            link.getElement().setAttribute("router-ignore", true);
            list.add(new ListItem(link));
        }
        add(new H3(getTranslation("portal.form.errors.title", errors.size())), list);
    }
}
