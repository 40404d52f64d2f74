package fr.guichet.simulator;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The simulator's sign-in: a plain accessible page listing the test identities, one button each (FranceConnect
 * would show its identity providers here, then the provider's own sign-in).
 */
@Controller
class IdentityPicker {

    /** The one password of every test identity, posted by the picker's buttons. */
    static final String PASSWORD = "simulateur";

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Choisir une identité de test – Simulateur FranceConnect</title>
                <link rel="stylesheet" href="/simulator.css"></head>
                <body><header><p class="brand">Simulateur FranceConnect</p></header>
                <main id="contenu"><h1>Choisir une identité de test</h1>
                <p>Ce simulateur remplace FranceConnect en développement et dans les tests. Aucune donnée réelle.</p>
                """);
        if (request.getParameter("error") != null) {
            html.append("<p role=\"alert\" class=\"error\">Identité inconnue : choisissez une identité de la liste.</p>");
        }
        html.append("<ul class=\"identities\">");
        for (TestIdentity identity : TestIdentity.ALL) {
            html.append("<li><form method=\"post\" action=\"/login\">")
                    .append("<input type=\"hidden\" name=\"username\" value=\"").append(htmlEscape(identity.login()))
                    .append("\"><input type=\"hidden\" name=\"password\" value=\"").append(PASSWORD).append("\">");
            if (csrf != null) {
                html.append("<input type=\"hidden\" name=\"").append(htmlEscape(csrf.getParameterName()))
                        .append("\" value=\"").append(htmlEscape(csrf.getToken())).append("\">");
            }
            html.append("<button type=\"submit\" id=\"identite-").append(htmlEscape(identity.login())).append("\">")
                    .append(htmlEscape(identity.label())).append("</button></form></li>");
        }
        return html.append("</ul></main></body></html>").toString();
    }
}
