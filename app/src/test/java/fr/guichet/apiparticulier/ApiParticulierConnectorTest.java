package fr.guichet.apiparticulier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.app.FranceConnectSimulator;
import fr.guichet.identity.CivilStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The connector against the simulated API Particulier, in the simulator's own JVM: both data sets received, an
 * unknown person (404), a refused token (401), a provider failure (500) and a silent API (timeout) each classified,
 * and a recipient that is not a SIRET refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiParticulierConnectorTest {

    private static final String SIRET = "21740010010003";
    private static final CivilStatus ANGELA = new CivilStatus("DUBOIS", List.of("Angela", "Claire", "Louise"),
            LocalDate.of(1962, 8, 24), "F", "75107", CivilStatus.FRANCE);
    private static final CivilStatus PIERRE = new CivilStatus("MERCIER", List.of("Pierre"),
            LocalDate.of(1969, 3, 17), "M", "74010", CivilStatus.FRANCE);
    private static final CivilStatus LUCAS = new CivilStatus("MARTIN", List.of("Lucas", "Jean"),
            LocalDate.of(2004, 1, 30), "M", "74281", CivilStatus.FRANCE);
    private static final CivilStatus KARIMA = new CivilStatus("BENALI", List.of("Karima"),
            LocalDate.of(1990, 11, 2), "F", null, "99350");

    private FranceConnectSimulator simulator;
    private final ApiParticulierClient client = new ApiParticulierClient(Duration.ofSeconds(3), Clock.systemUTC());

    @BeforeAll
    void start() throws IOException {
        simulator = FranceConnectSimulator.start(Path.of("../franceconnect-simulator"), freePort(),
                List.of(new FranceConnectSimulator.Client("client-connecteur", "secret-du-connecteur",
                        List.of("http://localhost/login/oauth2/code/franceconnect"), List.of("http://localhost/"))),
                Duration.ofMinutes(2));
    }

    @AfterAll
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void theQuotientFamilialComesFromTheCafOrTheMsa() {
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_TOKEN, DataSet.QUOTIENT_FAMILIAL, ANGELA))
                .isInstanceOfSatisfying(ApiParticulierClient.Answer.Received.class, received -> {
                    assertThat(received.value()).startsWith("650 (");
                    assertThat(received.provider()).isEqualTo("CAF");
                });
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_TOKEN, DataSet.QUOTIENT_FAMILIAL, PIERRE))
                .isInstanceOfSatisfying(ApiParticulierClient.Answer.Received.class, received -> {
                    assertThat(received.value()).startsWith("1120 (");
                    assertThat(received.provider()).isEqualTo("MSA");
                });
    }

    @Test
    void theStudentStatusSaysWhereTheStudentIsEnrolled() {
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_TOKEN, DataSet.STUDENT_STATUS, LUCAS))
                .isInstanceOfSatisfying(ApiParticulierClient.Answer.Received.class, received -> {
                    assertThat(received.value()).startsWith("Inscrit dans l’enseignement supérieur : Université "
                            + "Savoie Mont Blanc");
                    assertThat(received.provider()).isEqualTo("MESRI");
                });
    }

    @Test
    void aPersonUnknownToTheProviderIsNotFound() {
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_TOKEN, DataSet.QUOTIENT_FAMILIAL, KARIMA))
                .isEqualTo(new ApiParticulierClient.Answer.Failed(Outcome.NOT_FOUND));
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_TOKEN, DataSet.STUDENT_STATUS, ANGELA))
                .isEqualTo(new ApiParticulierClient.Answer.Failed(Outcome.NOT_FOUND));
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        assertThat(fetch("jeton-inconnu-de-l-api", DataSet.QUOTIENT_FAMILIAL, ANGELA))
                .isEqualTo(new ApiParticulierClient.Answer.Failed(Outcome.UNAUTHORIZED));
    }

    @Test
    void aProviderFailureIsUnavailable() {
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_FAILING_TOKEN, DataSet.QUOTIENT_FAMILIAL, ANGELA))
                .isEqualTo(new ApiParticulierClient.Answer.Failed(Outcome.UNAVAILABLE));
    }

    @Test
    void aSilentApiTimesOutWithinTheLimit() {
        long start = System.nanoTime();
        assertThat(fetch(FranceConnectSimulator.API_PARTICULIER_SLOW_TOKEN, DataSet.STUDENT_STATUS, LUCAS))
                .isEqualTo(new ApiParticulierClient.Answer.Failed(Outcome.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aRecipientThatIsNotASiretIsRefused() {
        var connection = new ApiParticulierAccesses.Connection(simulator.apiParticulierUrl(),
                FranceConnectSimulator.API_PARTICULIER_TOKEN, "21740010010004");
        assertThat(client.fetch(connection, DataSet.QUOTIENT_FAMILIAL, ANGELA))
                .isEqualTo(new ApiParticulierClient.Answer.Failed(Outcome.UNAVAILABLE));
    }

    private ApiParticulierClient.Answer fetch(String token, DataSet set, CivilStatus person) {
        return client.fetch(new ApiParticulierAccesses.Connection(simulator.apiParticulierUrl(), token, SIRET), set,
                person);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
