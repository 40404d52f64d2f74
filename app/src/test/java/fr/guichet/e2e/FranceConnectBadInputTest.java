package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.e2e.ForgingProvider.Forgery;
import fr.guichet.tenancy.Tenant;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every way a FranceConnect sign-in can go wrong ends on the portal's French page, with nobody signed in, and the
 * portal keeps working: a tampered {@code state}, a code used twice, an id_token signed with an unpublished key, with
 * another nonce, another issuer or expired, a userinfo without a required claim, unsigned or badly signed, a provider
 * that is down before or during the sign-in, a commune without FranceConnect. The provider is
 * {@link ForgingProvider}, which forges tokens with keys of its own.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FranceConnectBadInputTest {

    private static final String CLIENT = "client-rouen";
    private static final String SECRET = "secret-de-rouen-2026";
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (\\S+)");
    private static final Pattern SESSION = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    JdbcClient jdbc;

    private ForgingProvider provider;
    private Tenant rouen;
    private Tenant poitiers;
    private Tenant limoges;

    /** A sign-in started on the portal: its session and what it sent to the provider. */
    private record Started(String cookie, String state, String nonce) {
    }

    @BeforeAll
    void provision() throws Exception {
        provider = new ForgingProvider(CLIENT);
        rouen = tenants.commune("76540", "rouen", null, "#1f4e8c", "#2f5d3a");
        poitiers = tenants.commune("86194", "poitiers", null, "#1f4e8c", "#2f5d3a");
        limoges = tenants.commune("87085", "limoges", null, "#1f4e8c", "#2f5d3a");
        tenants.franceConnect(rouen, CLIENT, SECRET, provider.issuer());
    }

    @AfterAll
    void stop() {
        provider.close();
    }

    @Test
    void theAuthorizationRequestCarriesStateNonceAndEidas1() throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(rouen), "/oauth2/authorization/franceconnect");

        assertThat(response.status()).isEqualTo(302);
        String location = header(LOCATION, response);
        assertThat(location).startsWith(provider.issuer() + "/authorize?");
        Map<String, String> query = ForgingProvider.query(location);
        assertThat(query).containsEntry("acr_values", "eidas1").containsEntry("client_id", CLIENT)
                .containsEntry("response_type", "code")
                // RawHttp's Host header has no port: a browser's has, and so has the redirect URI then.
                .containsEntry("redirect_uri", "http://" + host(rouen) + "/login/oauth2/code/franceconnect");
        assertThat(query.get("scope").split(" ")).contains("openid", "given_name", "family_name",
                "preferred_username", "birthdate", "birthplace", "birthcountry", "gender", "email");
        assertThat(query.get("state")).hasSizeGreaterThan(20);
        assertThat(query.get("nonce")).hasSizeGreaterThan(20);
    }

    @Test
    void aTamperedStateIsRefusedAndThePortalKeepsWorking() throws IOException {
        Started started = start(rouen);
        provider.next(Forgery.NONE, started.nonce());

        String location = callback(rouen, started, "code-etat", started.state() + "x");

        assertThat(location).endsWith("/mon-compte/franceconnect/erreur?motif=etat");
        assertThat(RawHttp.get(port, host(rouen), "/mon-compte/franceconnect/erreur?motif=etat", started.cookie())
                .status()).isEqualTo(200);
        assertThat(RawHttp.get(port, host(rouen), "/", started.cookie()).status()).isEqualTo(200);
        assertThat(citizens(rouen, "camille.rousseau@exemple.fr")).isZero();
    }

    @Test
    void aCodeUsedTwiceIsRefusedTheSecondTime() throws IOException {
        Started first = start(rouen);
        provider.next(Forgery.NONE, first.nonce());
        assertThat(callback(rouen, first, "code-rejoue", first.state())).endsWith("/mon-compte");
        assertThat(jdbc.sql("SELECT identity_source || ' ' || certified_attributes || ' ' || birth_place FROM "
                + rouen.schema() + ".citizens WHERE email = 'camille.rousseau@exemple.fr'").query(String.class)
                .single()).isEqualTo("FRANCECONNECT FIRST_NAME,LAST_NAME,BIRTH_NAME,BIRTH_DATE,BIRTH_PLACE Annecy");

        Started second = start(rouen);
        provider.next(Forgery.NONE, second.nonce());
        assertThat(callback(rouen, second, "code-rejoue", second.state()))
                .endsWith("/mon-compte/franceconnect/erreur?motif=code");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ROGUE_KEY, jeton",
            "OTHER_NONCE, jeton",
            "OTHER_ISSUER, jeton",
            "EXPIRED, jeton",
            "NO_BIRTHDATE, donnees",
            "UNSIGNED_USERINFO, jeton",
            "ROGUE_USERINFO, jeton"})
    void aForgedOrIncompleteAnswerIsRefused(Forgery forgery, String reason) throws IOException {
        Started started = start(rouen);
        provider.next(forgery, started.nonce());

        String location = callback(rouen, started, "code-" + forgery, started.state());

        assertThat(location).endsWith("/mon-compte/franceconnect/erreur?motif=" + reason);
        assertThat(RawHttp.get(port, host(rouen), "/", started.cookie()).status()).isEqualTo(200);
    }

    @Test
    void aProviderThatIsDownGivesTheFrenchPageBeforeLeavingThePortal() throws IOException {
        tenants.franceConnect(poitiers, "client-poitiers", SECRET, "http://127.0.0.1:" + closedPort() + "/api/v2");

        RawHttp.Response response = RawHttp.get(port, host(poitiers), "/oauth2/authorization/franceconnect");

        assertThat(response.status()).isEqualTo(302);
        assertThat(header(LOCATION, response)).endsWith("/mon-compte/franceconnect/erreur?motif=indisponible");
        assertThat(RawHttp.get(port, host(poitiers), "/").status()).isEqualTo(200);
    }

    @Test
    void aProviderThatGoesDownDuringTheSignInGivesTheFrenchPage() throws IOException {
        tenants.franceConnect(poitiers, "client-poitiers", SECRET, provider.issuer());
        Started started = start(poitiers);
        tenants.franceConnect(poitiers, "client-poitiers", "", "http://127.0.0.1:" + closedPort() + "/api/v2");

        assertThat(callback(poitiers, started, "code-panne", started.state()))
                .endsWith("/mon-compte/franceconnect/erreur?motif=indisponible");
    }

    @Test
    void aCommuneWithoutFranceConnectNeverStartsOne() throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(limoges), "/oauth2/authorization/franceconnect");

        assertThat(header(LOCATION, response)).endsWith("/mon-compte/franceconnect/erreur?motif=non-propose");
        assertThat(RawHttp.get(port, host(limoges), "/login/oauth2/code/franceconnect?code=x&state=y").status())
                .isIn(302, 200);
    }

    private Started start(Tenant tenant) throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(tenant), "/oauth2/authorization/franceconnect");
        assertThat(response.status()).as(response.headers()).isEqualTo(302);
        Map<String, String> query = ForgingProvider.query(header(LOCATION, response));
        return new Started(header(SESSION, response), query.get("state"), query.get("nonce"));
    }

    private String callback(Tenant tenant, Started started, String code, String state) throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(tenant), "/login/oauth2/code/franceconnect?code=" + code
                + "&state=" + java.net.URLEncoder.encode(state, java.nio.charset.StandardCharsets.UTF_8),
                started.cookie());
        assertThat(response.status()).as(response.headers()).isEqualTo(302);
        return header(LOCATION, response);
    }

    private int citizens(Tenant tenant, String email) {
        return jdbc.sql("SELECT count(*) FROM " + tenant.schema() + ".citizens WHERE email = ?").param(email)
                .query(Integer.class).single();
    }

    private static String header(Pattern pattern, RawHttp.Response response) {
        Matcher matcher = pattern.matcher(response.headers());
        assertThat(matcher.find()).as(response.headers()).isTrue();
        return matcher.group(1);
    }

    private static String host(Tenant tenant) {
        return tenant.slug() + ".localhost";
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
