package fr.guichet.simulator;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import jakarta.servlet.http.HttpServletResponse;

/**
 * FranceConnect's and ProConnect's look-alikes share one host, hence one browser session: each keeps its signed-in
 * identity under its own session attribute, so that a citizen signed in at the first is never handed to the second
 * (and the reverse), and each sends to its own picker.
 */
final class SignInsPerIssuer {

    static final SecurityContextRepository REPOSITORY = new PerIssuer();

    private SignInsPerIssuer() {
    }

    static boolean agents(HttpServletRequest request) {
        return request.getRequestURI().startsWith(AuthorizationServerConfiguration.PROCONNECT + "/");
    }

    static AuthenticationEntryPoint pickerEntryPoint() {
        var entryPoint = new DelegatingAuthenticationEntryPoint(new java.util.LinkedHashMap<>(java.util.Map.of(
                SignInsPerIssuer::agents,
                new LoginUrlAuthenticationEntryPoint(AuthorizationServerConfiguration.PROCONNECT + "/login"))));
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    static UserDetailsService citizens() {
        return users(TestIdentity.ALL.stream().map(TestIdentity::login).toList());
    }

    static UserDetailsService agents() {
        return users(AgentIdentity.ALL.stream().map(AgentIdentity::login).toList());
    }

    /** Each test identity signs in by choosing it; the password is the simulator's, posted by the picker's buttons. */
    private static UserDetailsService users(List<String> logins) {
        return new InMemoryUserDetailsManager(logins.stream()
                .map(login -> User.withUsername(login).password("{noop}" + IdentityPicker.PASSWORD).roles("USER")
                        .build())
                .toList());
    }

    private static final class PerIssuer implements SecurityContextRepository {

        private final HttpSessionSecurityContextRepository citizens = new HttpSessionSecurityContextRepository();
        private final HttpSessionSecurityContextRepository agents = new HttpSessionSecurityContextRepository();

        PerIssuer() {
            agents.setSpringSecurityContextKey("SIMULATOR_PROCONNECT_CONTEXT");
        }

        private HttpSessionSecurityContextRepository of(HttpServletRequest request) {
            return agents(request) ? agents : citizens;
        }

        @Override
        @SuppressWarnings("deprecation")
        public SecurityContext loadContext(
                org.springframework.security.web.context.HttpRequestResponseHolder holder) {
            return of(holder.getRequest()).loadContext(holder);
        }

        @Override
        public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
            return of(request).loadDeferredContext(request);
        }

        @Override
        public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
            of(request).saveContext(context, request, response);
        }

        @Override
        public boolean containsContext(HttpServletRequest request) {
            return of(request).containsContext(request);
        }
    }
}
