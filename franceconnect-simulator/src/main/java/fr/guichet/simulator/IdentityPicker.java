package fr.guichet.simulator;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The simulator's sign-in: a plain accessible page listing the test identities, one button each (FranceConnect
 * would show its identity providers here, then the provider's own sign-in); ProConnect's look-alike lists the test
 * agents on its own page.
 */
@Controller
class IdentityPicker {

    /** The one password of every test identity, posted by the picker's buttons. */
    static final String PASSWORD = "simulateur";

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String citizens(HttpServletRequest request) {
        var people = new java.util.LinkedHashMap<String, String>();
        TestIdentity.ALL.forEach(identity -> people.put(identity.login(), identity.label()));
        return page(request, "Simulateur FranceConnect", "/login", people);
    }

    @GetMapping(value = AuthorizationServerConfiguration.PROCONNECT + "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String agents(HttpServletRequest request) {
        var people = new java.util.LinkedHashMap<String, String>();
        AgentIdentity.ALL.forEach(identity -> people.put(identity.login(), identity.label()));
        return page(request, "Simulateur ProConnect", AuthorizationServerConfiguration.PROCONNECT + "/login", people);
    }

    private static String page(HttpServletRequest request, String brand, String action, Map<String, String> people) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Choisir une identité de test – %1$s</title>
                <link rel="stylesheet" href="/simulator.css"></head>
                <body><header><p class="brand">%1$s</p></header>
                <main id="contenu"><h1>Choisir une identité de test</h1>
                <p>Ce simulateur remplace le vrai service en développement et dans les tests. Aucune donnée réelle.</p>
                """.formatted(brand));
        if (request.getParameter("error") != null) {
            html.append("<p role=\"alert\" class=\"error\">Identité inconnue : choisissez une identité de la liste.</p>");
        }
        html.append("<ul class=\"identities\">");
        people.forEach((login, label) -> {
            html.append("<li><form method=\"post\" action=\"").append(action).append("\">")
                    .append("<input type=\"hidden\" name=\"username\" value=\"").append(htmlEscape(login))
                    .append("\"><input type=\"hidden\" name=\"password\" value=\"").append(PASSWORD).append("\">");
            if (csrf != null) {
                html.append("<input type=\"hidden\" name=\"").append(htmlEscape(csrf.getParameterName()))
                        .append("\" value=\"").append(htmlEscape(csrf.getToken())).append("\">");
            }
            html.append("<button type=\"submit\" id=\"identite-").append(htmlEscape(login)).append("\">")
                    .append(htmlEscape(label)).append("</button></form></li>");
        });
        return html.append("</ul></main></body></html>").toString();
    }
}
