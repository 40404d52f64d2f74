package fr.guichet.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** French "page not found" for any path a host does not serve; says nothing about other hosts' pages. */
@PageTitle("Page introuvable")
@AnonymousAllowed
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("guichet-error-page");
        add(new H1(getTranslation("common.notfound.title")), new Paragraph(getTranslation("common.notfound.text")),
                new Anchor("", getTranslation("common.notfound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
