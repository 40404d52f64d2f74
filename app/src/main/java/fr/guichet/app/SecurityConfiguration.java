package fr.guichet.app;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.guichet.agentproviders.AgentProviderSignIn;
import fr.guichet.agentproviders.AgentProviderUsers;
import fr.guichet.identity.CitizenAccounts;
import fr.guichet.identity.CitizenAuthentication;
import fr.guichet.identity.FranceConnectAccounts;
import fr.guichet.franceconnect.FranceConnectAvailability;
import fr.guichet.franceconnect.FranceConnectRegistrations;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Web security: Vaadin's navigation access control with one sign-in route, {@code /connexion}, served on each
 * host by the module of that host (agents on a commune's host, operators on the operator host). Which accounts
 * can sign in there is decided by the host (see {@code SignInAccounts} and {@code RealmGuard}). Citizens sign in on
 * their portal's own path, {@code /mon-compte/connexion}, against citizens' accounts only ({@link CitizenSignIn},
 * decision 009), or with FranceConnect ({@link FranceConnectSignIn}, decision 018); agents may also sign in through
 * their commune's OpenID Connect provider ({@link AgentProviderSignInFlow}, decision 022).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String SIGN_IN = "/connexion";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, CitizenAuthentication citizens,
            CitizenAccounts accounts, FranceConnectAccounts franceConnectAccounts,
            ClientRegistrationRepository franceConnectClients, FranceConnectRegistrations franceConnect,
            FranceConnectAvailability franceConnectAvailability,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> franceConnectTokens,
            OAuth2UserService<OidcUserRequest, OidcUser> franceConnectUsers,
            AgentProviderSignIn agentProviders, AgentProviderUsers agentProviderUsers) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/theme/**", "/styles/**", "/images/**", "/favicon.ico").permitAll());
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // Routes are registered per session (per host), which Vaadin's URL-level check cannot see: HTTP requests are
        // let through and every navigation is checked against the view's annotations by Vaadin's navigation access
        // control (@AnonymousAllowed, @RolesAllowed), the real guard for Flow views.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(SIGN_IN)
                .logoutSuccessHandler(new PortalLogout(franceConnect, agentProviders))
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
        http.with(new CitizenSignIn(citizens, accounts, franceConnectAccounts), citizenSignIn -> { });
        // Citizens' FranceConnect sign-in (decision 018): the registration is the current tenant's.
        // Agents' sign-in through the commune's provider (decision 022) shares it as registration "agents".
        ClientRegistrationRepository clients = new SignInClients(franceConnectClients, agentProviders);
        http.oauth2Login(login -> login
                .loginPage(CitizenSignIn.PATH)
                .clientRegistrationRepository(clients)
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestRepository(new TenantBoundAuthorizationRequests())
                        .authorizationRequestResolver(FranceConnectSignIn.requests(clients)))
                .tokenEndpoint(endpoint -> endpoint.accessTokenResponseClient(franceConnectTokens))
                .userInfoEndpoint(endpoint -> endpoint.oidcUserService(request ->
                        AgentProviderSignIn.REGISTRATION_ID.equals(request.getClientRegistration().getRegistrationId())
                                ? agentProviderUsers.loadUser(request) : franceConnectUsers.loadUser(request)))
                .successHandler((request, response, authentication) -> {
                    if (AgentProviderSignInFlow.isCallback(request)) {
                        AgentProviderSignInFlow.succeeded(request, response, authentication);
                    } else {
                        FranceConnectSignIn.succeeded(request, response, authentication);
                    }
                })
                .failureHandler((request, response, failure) -> {
                    if (AgentProviderSignInFlow.isCallback(request)) {
                        AgentProviderSignInFlow.failed(request, response, failure);
                    } else {
                        FranceConnectSignIn.failed(request, response, failure);
                    }
                }));
        http.addFilterBefore(new FranceConnectSignIn.Gate(franceConnectAvailability),
                OAuth2AuthorizationRequestRedirectFilter.class);
        http.addFilterBefore(new AgentProviderSignInFlow.Gate(agentProviders),
                OAuth2AuthorizationRequestRedirectFilter.class);
        return http.build();
    }
}
