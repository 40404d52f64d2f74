package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * Where the citizen is: « Étape 2 sur 4 : … » as the heading of the step, the next step's title, and a progress bar
 * that repeats the same information for sighted users only.
 */
final class StepIndicator extends Div {

    private final H2 heading = new H2();
    private final Paragraph next = new Paragraph();
    private final Div bar = new Div();

    StepIndicator() {
        addClassName("form-step");
        heading.setId("etape");
        heading.getElement().setAttribute("tabindex", "-1");
        next.addClassName("form-step-next");
        bar.addClassName("form-progress");
        bar.getElement().setAttribute("aria-hidden", "true");
        add(heading, bar, next);
    }

    /** The heading's text, for the page title. */
    String show(int number, int total, String title, @Nullable String nextTitle) {
        String text = getTranslation("portal.form.step", number, total, title);
        heading.setText(text);
        next.setText(nextTitle == null ? "" : getTranslation("portal.form.step.next", nextTitle));
        next.setVisible(nextTitle != null);
        bar.removeAll();
        for (int i = 1; i <= total; i++) {
            Span step = new Span();
            if (i <= number) {
                step.getElement().setAttribute("data-done", "");
            }
            bar.add(step);
        }
        return text;
    }

    /** Moves focus to the step's heading, so that a screen reader announces the new step. */
    void focus() {
        heading.getElement().callJsFunction("focus");
    }
}
