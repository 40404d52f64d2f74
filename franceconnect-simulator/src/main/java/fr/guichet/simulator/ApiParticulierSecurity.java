package fr.guichet.simulator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The simulated API Particulier routes ({@code /v3/**}) are outside Spring Security's sign-in: like the real API,
 * they check the bearer token themselves ({@link ApiParticulierSimulation}), without session or CSRF.
 */
@Configuration(proxyBeanMethods = false)
class ApiParticulierSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain apiParticulier(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
