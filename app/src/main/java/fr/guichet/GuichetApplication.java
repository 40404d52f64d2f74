package fr.guichet;

import fr.guichet.app.LocalDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one Guichet application: platform, portal, back office and tenant-admin in one instance. */
@SpringBootApplication
public class GuichetApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(GuichetApplication.class);
        application.addInitializers(new LocalDatabase());
        application.run(args);
    }
}
