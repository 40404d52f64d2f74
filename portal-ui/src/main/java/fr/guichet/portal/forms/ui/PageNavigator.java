package fr.guichet.portal.forms.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;

/** « Précédent », then « Suivant » on the pages or the final button (« Déposer ma demande ») on the review. */
final class PageNavigator extends Div {

    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button check = new Button();

    PageNavigator(Runnable onPrevious, Runnable onNext, Runnable onCheck, String finishText) {
        addClassName("form-navigation");
        previous.setText(getTranslation("portal.form.previous"));
        next.setText(getTranslation("portal.form.next"));
        check.setText(finishText);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        check.addThemeVariants(ButtonVariant.PRIMARY);
        previous.addClickListener(click -> onPrevious.run());
        next.addClickListener(click -> onNext.run());
        // One click, one request: the button stays disabled while the server handles it.
        check.setDisableOnClick(true);
        check.addClickListener(click -> {
            try {
                onCheck.run();
            } finally {
                check.setEnabled(true);
            }
        });
        add(previous, next, check);
    }

    void onPage(boolean first) {
        previous.setVisible(!first);
        next.setVisible(true);
        check.setVisible(false);
    }

    void onReview() {
        previous.setVisible(true);
        next.setVisible(false);
        check.setVisible(true);
    }
}
