package fr.guichet.portal.catalog.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.guichet.catalog.ProcedureSummary;
import java.util.List;

/** Published procedures as a list of cards, each a link to the procedure's page. */
class ProcedureList extends UnorderedList {

    ProcedureList(List<ProcedureSummary> procedures) {
        addClassName("category-list");
        for (ProcedureSummary procedure : procedures) {
            RouterLink link = new RouterLink(procedure.description().title(), ProcedureView.class,
                    new RouteParameters("slug", procedure.slug()));
            Paragraph category = new Paragraph(procedure.description().category().label());
            category.addClassName("procedure-category");
            add(new ListItem(new H3(link), new Paragraph(procedure.description().summary()), category));
        }
    }
}
