package fr.guichet.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.agentproviders.ProviderKind;
import fr.guichet.e2e.ForgingProvider.Forgery;
import fr.guichet.identity.AgentAccounts;
import fr.guichet.identity.AgentRole;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
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
 * Agents' sign-in through the commune's provider, at the HTTP level against {@link ForgingProvider}: the request
 * carries state, nonce and PKCE; a tampered state, a forged id_token (unpublished key, other issuer, other nonce,
 * expired) or userinfo is refused back on the sign-in page with nobody signed in; a session signed in at one commune
 * opens nothing at another, and a sign-in started at one commune cannot be finished at another.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentProviderBadInputTest {

    private static final String CLIENT = "client-agents";
    private static final String SECRET = "secret-des-agents-2026";
    private static final String CAMILLE = "camille.rousseau@exemple.fr";
    private static final Pattern LOCATION = Pattern.compile("(?im)^Location: (\\S+)");
    private static final Pattern SESSION = Pattern.compile("(?i)Set-Cookie: (JSESSIONID=[^;]+)");

    @LocalServerPort
    int port;
    @Autowired
    TestTenants tenants;
    @Autowired
    TestAgentProviders providers;
    @Autowired
    AgentAccounts agents;
    @Autowired
    JdbcClient jdbc;

    private ForgingProvider provider;
    private Tenant tours;
    private Tenant angers;

    /** A sign-in started on the back office: its session and what it sent to the provider. */
    private record Started(String cookie, String state, String nonce) {
    }

    @BeforeAll
    void twoCommunesWithTheSameProvider() throws Exception {
        provider = new ForgingProvider(CLIENT);
        tours = tenants.commune("37261", "tours", null, "#1f4e8c", "#2f5d3a");
        angers = tenants.commune("49007", "angers", null, "#1f4e8c", "#2f5d3a");
        providers.configure(tours, ProviderKind.OIDC, provider.issuer(), CLIENT, SECRET, true);
        providers.configure(angers, ProviderKind.OIDC, provider.issuer(), CLIENT, SECRET, true);
        TenantContext.runAs(tours.asCurrent(), () -> agents.ensureAgent(CAMILLE, "Camille Rousseau",
                TestTenants.PASSWORD, EnumSet.of(AgentRole.AGENT)));
    }

    @AfterAll
    void stop() {
        provider.close();
    }

    @Test
    void theAuthorizationRequestCarriesStateNonceAndPkce() throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(tours), "/oauth2/authorization/agents");

        assertThat(response.status()).isEqualTo(302);
        String location = header(LOCATION, response);
        assertThat(location).startsWith(provider.issuer() + "/authorize?");
        Map<String, String> query = ForgingProvider.query(location);
        assertThat(query).containsEntry("client_id", CLIENT).containsEntry("response_type", "code")
                .containsEntry("code_challenge_method", "S256").doesNotContainKey("acr_values")
                .containsEntry("redirect_uri", "http://" + host(tours) + "/login/oauth2/code/agents");
        assertThat(query.get("scope").split(" ")).containsExactlyInAnyOrder("openid", "email", "profile");
        assertThat(query.get("state")).hasSizeGreaterThan(20);
        assertThat(query.get("nonce")).hasSizeGreaterThan(20);
        assertThat(query.get("code_challenge")).hasSizeGreaterThan(40);
    }

    @Test
    void anAgentSignedInAtOneCommuneOpensNothingAtAnotherAndCannotFinishASignInThere() throws IOException {
        Started started = start(tours);
        provider.next(Forgery.NONE, started.nonce());
        RawHttp.Response signedIn = callback(tours, started.cookie(), "code-tours", started.state());
        assertThat(header(LOCATION, signedIn)).endsWith("/agents");
        String session = header(SESSION, signedIn);
        assertThat(RawHttp.get(port, host(tours), "/agents", session).status()).isEqualTo(200);

        assertThat(RawHttp.get(port, host(angers), "/agents", session).status())
                .as("Tours' session on Angers' host").isEqualTo(403);

        // A sign-in started at Tours and finished on Angers' host (same provider, same client) finds no request there
        Started elsewhere = start(tours);
        provider.next(Forgery.NONE, elsewhere.nonce());
        assertThat(header(LOCATION, callback(angers, elsewhere.cookie(), "code-ailleurs", elsewhere.state())))
                .endsWith("/connexion?fournisseur=etat");

        // The same person signing in at Angers has no account there: refused, nothing created
        Started atAngers = start(angers);
        provider.next(Forgery.NONE, atAngers.nonce());
        assertThat(header(LOCATION, callback(angers, atAngers.cookie(), "code-angers", atAngers.state())))
                .endsWith("/connexion?fournisseur=inconnu");
        assertThat(jdbc.sql("SELECT count(*) FROM " + angers.schema() + ".agents WHERE email = ?").param(CAMILLE)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aTamperedStateIsRefused() throws IOException {
        Started started = start(tours);
        provider.next(Forgery.NONE, started.nonce());

        RawHttp.Response response = callback(tours, started.cookie(), "code-etat", started.state() + "x");

        assertThat(header(LOCATION, response)).endsWith("/connexion?fournisseur=etat");
        assertThat(response.headers()).as("no new session: nobody signed in").doesNotContainPattern(SESSION);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "ROGUE_KEY, jeton",
            "OTHER_ISSUER, jeton",
            "OTHER_NONCE, jeton",
            "EXPIRED, jeton",
            "ROGUE_USERINFO, jeton"})
    void aForgedAnswerIsRefused(Forgery forgery, String reason) throws IOException {
        Started started = start(tours);
        provider.next(forgery, started.nonce());

        RawHttp.Response response = callback(tours, started.cookie(), "code-" + forgery, started.state());

        assertThat(header(LOCATION, response)).endsWith("/connexion?fournisseur=" + reason);
        assertThat(RawHttp.get(port, host(tours), "/connexion?fournisseur=" + reason, started.cookie()).status())
                .isEqualTo(200);
    }

    private Started start(Tenant tenant) throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(tenant), "/oauth2/authorization/agents");
        assertThat(response.status()).as(response.headers()).isEqualTo(302);
        Map<String, String> query = ForgingProvider.query(header(LOCATION, response));
        return new Started(header(SESSION, response), query.get("state"), query.get("nonce"));
    }

    private RawHttp.Response callback(Tenant tenant, String cookie, String code, String state) throws IOException {
        RawHttp.Response response = RawHttp.get(port, host(tenant), "/login/oauth2/code/agents?code=" + code
                + "&state=" + URLEncoder.encode(state, StandardCharsets.UTF_8), cookie);
        assertThat(response.status()).as(response.headers()).isEqualTo(302);
        return response;
    }

    private static String header(Pattern pattern, RawHttp.Response response) {
        Matcher matcher = pattern.matcher(response.headers());
        assertThat(matcher.find()).as(response.headers()).isTrue();
        return matcher.group(1);
    }

    private static String host(Tenant tenant) {
        return tenant.slug() + ".localhost";
    }
}
