package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The search box of every back-office screen (a {@code role="search"} landmark): Enter or the button opens the
 * results page; a request's reference opens that request.
 */
public class SearchBox extends Div {

    private final TextField query = new TextField();

    public SearchBox() {
        addClassName("search-box");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("backoffice.search.box.landmark"));
        query.setAriaLabel(getTranslation("backoffice.search.box.label"));
        query.setPlaceholder(getTranslation("backoffice.search.box.placeholder"));
        query.setMaxLength(1000);
        query.setClearButtonVisible(true);
        query.addKeyPressListener(Key.ENTER, event -> go());
        Button submit = new Button(VaadinIcon.SEARCH.create(), click -> go());
        submit.setAriaLabel(getTranslation("backoffice.search.box.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_ICON);
        add(query, submit);
    }

    private void go() {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, SearchParameters.of(query.getValue()).toQuery()));
    }
}
