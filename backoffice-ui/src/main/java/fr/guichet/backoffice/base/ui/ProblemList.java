package fr.guichet.backoffice.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** Every problem found by a check, announced to screen readers, or nothing. */
public final class ProblemList extends Div {

    public ProblemList() {
        getElement().setAttribute("role", "alert");
    }

    public void show(String heading, List<String> problems) {
        removeAll();
        addClassName("form-errors");
        UnorderedList list = new UnorderedList();
        problems.forEach(problem -> list.add(new ListItem(problem)));
        add(new Paragraph(heading), list);
    }

    public void clear() {
        removeAll();
        removeClassName("form-errors");
    }
}
