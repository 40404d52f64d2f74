package fr.guichet.backoffice.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** The results page's own query field, labelled, with its button. */
class SearchForm extends Div {

    SearchForm(String text, Consumer<String> search) {
        addClassName("search-form");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("backoffice.search.form.landmark"));
        TextField query = new TextField(getTranslation("backoffice.search.form.label"));
        query.setValue(text);
        query.setMaxLength(1000);
        query.setHelperText(getTranslation("backoffice.search.form.help"));
        query.addKeyPressListener(Key.ENTER, event -> search.accept(query.getValue()));
        Button submit = new Button(getTranslation("backoffice.search.form.submit"),
                click -> search.accept(query.getValue()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(query, submit);
    }
}
