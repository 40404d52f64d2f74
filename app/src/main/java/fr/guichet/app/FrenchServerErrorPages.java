package fr.guichet.app;

import fr.guichet.tenancy.InvalidHostPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat rejects some requests (a Host header with odd characters, for one) before any filter of ours runs and
 * answers with its own English page; this gives that page the same French text as the tenant filter's.
 */
@Component
class FrenchServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        Path page = writePage();
        factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())
                    && event.getLifecycle() instanceof Container context && context.getParent() != null) {
                for (Valve valve : context.getParent().getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve report) {
                        report.setProperty("errorCode.400", page.toString());
                    }
                }
            }
        });
    }

    private static Path writePage() {
        try {
            Path page = Files.createTempFile("guichet-400-", ".html");
            page.toFile().deleteOnExit();
            Files.writeString(page, InvalidHostPage.html(), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
