package fr.guichet.identity;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing (Argon2id) and method security for every service. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class IdentityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Prefixed hashes ({argon2}...) let a later release move to another algorithm without a flag day.
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }
}
