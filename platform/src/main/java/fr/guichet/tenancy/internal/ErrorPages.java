package fr.guichet.tenancy.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Plain French pages for requests that never reach a UI: unknown host (404, reveals nothing about any tenant),
 * bad Host header (400), suspended tenant or schema upgrade in progress (503).
 */
final class ErrorPages {

    private ErrorPages() {
    }

    static void unknownHost(HttpServletResponse response) throws IOException {
        write(response, 404, "Page introuvable",
                "Aucun service en ligne n’est proposé à cette adresse.",
                "Vérifiez l’adresse saisie ou passez par le site internet de votre mairie.", null);
    }

    /** The page for a bad Host header, also used by Tomcat when it rejects one before any filter runs. */
    static String invalidHostPage() {
        return page(400, "Adresse invalide", "L’adresse demandée n’est pas valide.",
                "Vérifiez l’adresse saisie dans votre navigateur.", null);
    }

    static void invalidHost(HttpServletResponse response) throws IOException {
        write(response, 400, "Adresse invalide",
                "L’adresse demandée n’est pas valide.",
                "Vérifiez l’adresse saisie dans votre navigateur.", null);
    }

    static void suspended(HttpServletResponse response, String name, String message) throws IOException {
        write(response, 503, name + " – service suspendu",
                "Les services en ligne de " + name + " sont momentanément suspendus.",
                message.isBlank() ? "Merci de réessayer plus tard ou de contacter votre mairie." : message, null);
    }

    static void maintenance(HttpServletResponse response, String name) throws IOException {
        write(response, 503, name + " – maintenance en cours",
                "Les services en ligne de " + name + " sont en cours de mise à jour.",
                "Cette opération prend en général moins d’une minute. La page se rechargera d’elle-même.", 15);
    }

    /** Escapes markup only: French text keeps its accents and apostrophes readable in the page source. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void write(HttpServletResponse response, int status, String title, String heading, String detail,
            Integer refreshSeconds) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        if (status == 503) {
            response.setHeader("Retry-After", "30");
        }
        response.getWriter().write(page(status, title, heading, detail, refreshSeconds));
    }

    private static String page(int status, String title, String heading, String detail, Integer refreshSeconds) {
        String refresh = refreshSeconds == null ? "" : "<meta http-equiv=\"refresh\" content=\"" + refreshSeconds + "\">";
        return """
                <!DOCTYPE html>
                <html lang="fr">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">%s
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;margin:0;color:#1e1e1e;background:#fff}
                main{max-width:40rem;margin:4rem auto;padding:0 1.5rem}h1{font-size:1.75rem}
                p{font-size:1.125rem;line-height:1.5}.code{color:#4a4a4a}</style></head>
                <body><main><h1>%s</h1><p>%s</p><p>%s</p><p class="code">Code d’erreur : %d</p></main></body>
                </html>
                """.formatted(refresh, escape(title), escape(title), escape(heading), escape(detail), status);
    }
}
