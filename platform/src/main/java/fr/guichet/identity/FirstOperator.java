package fr.guichet.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform operator of a new instance from {@code GUICHET_BOOTSTRAP_OPERATOR_EMAIL} and
 * {@code GUICHET_BOOTSTRAP_OPERATOR_PASSWORD}; does nothing when they are not set or the account exists.
 */
@Component
class FirstOperator {

    private static final Logger log = LoggerFactory.getLogger(FirstOperator.class);

    private final OperatorAccounts operators;
    private final String email;
    private final String password;

    FirstOperator(OperatorAccounts operators, @Value("${guichet.bootstrap.operator-email:}") String email,
            @Value("${guichet.bootstrap.operator-password:}") String password) {
        this.operators = operators;
        this.email = email;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createIfConfigured() {
        if (email.isBlank()) {
            return;
        }
        if (password.length() < 12) {
            log.error("GUICHET_BOOTSTRAP_OPERATOR_PASSWORD must have at least 12 characters; no operator created");
            return;
        }
        operators.ensureOperator(email, "Opérateur", password, null);
        log.info("Bootstrap operator {} is present", email);
    }
}
