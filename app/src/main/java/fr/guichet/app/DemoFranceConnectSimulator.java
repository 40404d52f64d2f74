package fr.guichet.app;

import fr.guichet.demo.DemoFranceConnect;
import fr.guichet.demo.DemoProConnect;
import fr.guichet.tenancy.HostingProperties;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * README's run command (demo profile) starts the FranceConnect simulator beside the app, in its own JVM on
 * 127.0.0.1, with the demo communes' clients and Annecy's agents' ProConnect client (then offered on Annecy's back
 * office sign-in page); it stops with the app. Started in the background: the portal is usable
 * at once, the FranceConnect button answers « indisponible » until the simulator is ready (about 10-20 s).
 */
@Component
@ConditionalOnProperty(name = "guichet.demo.franceconnect-simulator", havingValue = "true")
class DemoFranceConnectSimulator {

    private static final Logger log = LoggerFactory.getLogger(DemoFranceConnectSimulator.class);

    private final Path home;
    private final int simulatorPort;
    private final int appPort;
    private final String tenantDomain;
    private final ObjectProvider<DemoProConnect> proConnect;
    private volatile @Nullable FranceConnectSimulator simulator;

    DemoFranceConnectSimulator(@Value("${guichet.demo.franceconnect-simulator-home:../franceconnect-simulator}") String home,
            @Value("${guichet.demo.franceconnect-simulator-port:9090}") int simulatorPort,
            @Value("${server.port:8080}") int appPort, HostingProperties hosting,
            ObjectProvider<DemoProConnect> proConnect) {
        // A String, not a Path: Spring would resolve a Path as a web resource, refusing "..".
        this.home = Path.of(home);
        this.simulatorPort = simulatorPort;
        this.appPort = appPort;
        this.tenantDomain = hosting.tenantDomain();
        this.proConnect = proConnect;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread.ofVirtual().name("franceconnect-simulator").start(() -> {
            try {
                List<FranceConnectSimulator.Client> clients = new ArrayList<>(DemoFranceConnect.COMMUNES.stream()
                        .map(slug -> {
                            String portal = "http://" + slug + "." + tenantDomain + ":" + appPort;
                            return new FranceConnectSimulator.Client(DemoFranceConnect.clientId(slug),
                                    DemoFranceConnect.secret(slug),
                                    List.of(portal + "/login/oauth2/code/franceconnect"),
                                    List.of(portal + "/"));
                        }).toList());
                // Annecy's agents' ProConnect client (decision 022), served by the same simulator.
                String annecy = "http://" + DemoProConnect.COMMUNE + "." + tenantDomain + ":" + appPort;
                clients.add(new FranceConnectSimulator.Client(DemoProConnect.CLIENT_ID, DemoProConnect.SECRET,
                        List.of(annecy + "/login/oauth2/code/agents"), List.of(annecy + "/connexion")));
                FranceConnectSimulator started = FranceConnectSimulator.start(home, simulatorPort, clients,
                        Duration.ofMinutes(2));
                simulator = started;
                log.info("Demo: « S’identifier avec FranceConnect » on the demo communes' sign-in pages uses the "
                        + "simulator at {}", started.issuer());
                DemoProConnect demo = proConnect.getIfAvailable();
                if (demo != null) {
                    demo.offer(started.proConnectIssuer());
                }
            } catch (Exception e) {
                log.warn("Demo: FranceConnect simulator not started ({}); the portals say FranceConnect is "
                        + "unavailable", e.getMessage());
            }
        });
    }

    @PreDestroy
    void stop() {
        FranceConnectSimulator running = simulator;
        if (running != null) {
            running.close();
        }
    }
}
