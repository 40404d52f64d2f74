package fr.guichet.simulator;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server shaped like FranceConnect v2: endpoints under {@code /api/v2} ({@code authorize},
 * {@code token}, {@code userinfo}, {@code jwks}, {@code session/end}), no consent screen, short-lived codes and access tokens, an
 * RS256 id_token whose {@code sub} is pairwise and whose {@code acr} answers {@code acr_values}, and userinfo as a
 * signed JWT ({@link SignedUserInfo}). A second issuer under {@code /proconnect/api/v2}, shaped like ProConnect, serves
 * the test agents (with discovery at {@code /proconnect/api/v2/.well-known/openid-configuration}); each issuer keeps
 * its own signed-in identity in the browser's session ({@link SignInsPerIssuer}).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String BASE = "/api/v2";
    /** The only eIDAS level FranceConnect (not FranceConnect+) grants. */
    static final String EIDAS1 = "eidas1";
    static final Set<String> FRANCECONNECT_SCOPES = Set.of("given_name", "family_name", "preferred_username",
            "birthdate", "birthplace", "birthcountry", "gender", "email");
    /** The ProConnect-like issuer for agents lives under this path: {@code /proconnect/api/v2/authorize}, … */
    static final String PROCONNECT = "/proconnect";
    static final Set<String> PROCONNECT_SCOPES = Set.of("email", "given_name", "usual_name", "siret", "uid",
            "idp_id");

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, SignedUserInfo userInfo) throws Exception {
        var server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as.oidc(oidc -> oidc
                        .userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo::claims)
                                .userInfoResponseHandler(userInfo::write))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(SignInsPerIssuer.REPOSITORY))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        SignInsPerIssuer.pickerEntryPoint(), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** ProConnect's picker lists and accepts the test agents only. */
    @Bean
    @Order(2)
    SecurityFilterChain agentPicker(HttpSecurity http) throws Exception {
        http.securityMatcher(PROCONNECT + "/login")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(SignInsPerIssuer.REPOSITORY))
                .userDetailsService(SignInsPerIssuer.agents())
                .formLogin(form -> form.loginPage(PROCONNECT + "/login"));
        return http.build();
    }

    /** FranceConnect's picker lists and accepts the test citizens only. */
    @Bean
    @Order(3)
    SecurityFilterChain pickerPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/simulator.css", "/error").permitAll()
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(SignInsPerIssuer.REPOSITORY))
                .userDetailsService(SignInsPerIssuer.citizens())
                .formLogin(form -> form.loginPage("/login"));
        return http.build();
    }

    @Bean
    RegisteredClientRepository clients(SimulatorProperties properties) {
        if (properties.clients().isEmpty()) {
            throw new IllegalStateException("No client registered: pass simulator.clients[0].client-id and the rest");
        }
        return new InMemoryRegisteredClientRepository(properties.clients().stream().map(client -> {
            RegisteredClient.Builder builder = RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId(client.clientId())
                    .clientSecret("{noop}" + client.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false)
                            .requireProofKey(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(1))
                            .authorizationCodeTimeToLive(Duration.ofSeconds(30)).build());
            FRANCECONNECT_SCOPES.forEach(builder::scope);
            PROCONNECT_SCOPES.forEach(builder::scope);
            client.redirectUris().forEach(builder::redirectUri);
            client.postLogoutRedirectUris().forEach(builder::postLogoutRedirectUri);
            return builder.build();
        }).toList());
    }

    /**
     * The v2 endpoints, relative to the issuer: with several issuers allowed, Spring Authorization Server serves them
     * under the issuer's path ({@code /api/v2/authorize}, …) and takes the issuer from the request
     * ({@code http://127.0.0.1:9090/api/v2}), as FranceConnect's own issuer ends in {@code /api/v2}.
     */
    @Bean
    AuthorizationServerSettings endpoints() {
        return AuthorizationServerSettings.builder()
                .multipleIssuersAllowed(true)
                .authorizationEndpoint("/authorize")
                .tokenEndpoint("/token")
                .jwkSetEndpoint("/jwks")
                .oidcUserInfoEndpoint("/userinfo")
                .oidcLogoutEndpoint("/session/end")
                .build();
    }

    /** A fresh RS256 key at each start: the relying party finds it in the published JWKS by its {@code kid}. */
    @Bean
    JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> keys) {
        return new NimbusJwtEncoder(keys);
    }

    /** The id_token: pairwise {@code sub} and the {@code acr} asked for; identity claims come from userinfo. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            String login = context.getPrincipal().getName();
            String clientId = context.getRegisteredClient().getClientId();
            TestIdentity.byLogin(login).ifPresent(identity -> context.getClaims()
                    .subject(identity.subjectFor(clientId)));
            AgentIdentity.byLogin(login).ifPresent(agent -> context.getClaims()
                    .subject(Pairwise.subject(agent.login(), clientId)).claim("idp_id", "simulateur"));
            // FranceConnect (not FranceConnect+) answers eidas1 whatever acr_values asked for.
            context.getClaims().claim("acr", EIDAS1);
            context.getClaims().claim("amr", List.of("pwd"));
        };
    }
}
