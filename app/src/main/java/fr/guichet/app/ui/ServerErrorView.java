package fr.guichet.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a person sees when opening a page fails unexpectedly: a French apology and a way back, never the exception
 * (which goes to the log, in English, with the tenant in the MDC).
 */
@PageTitle("Erreur")
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Navigation to {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        addClassName("guichet-error-page");
        add(new H1(getTranslation("common.error.title")), new Paragraph(getTranslation("common.error.unexpected")),
                new Anchor("", getTranslation("common.notfound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
