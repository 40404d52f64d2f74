package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.testsupport.Acting;
import fr.guichet.testsupport.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

@IntegrationTest
class OperatorLockoutTest {

    @Autowired
    OperatorAccounts operators;
    @Autowired
    AgentSignInAttempts attempts;
    @Autowired
    SignInAccounts signIn;

    @Test
    void fiveWrongPasswordsInARowLockAnOperatorUntilAnotherOperatorUnlocks() {
        String email = "operateur-" + UUID.randomUUID() + "@guichet.test";
        operators.ensureOperator(email, "Opératrice", "Mot-de-passe-solide-1", null);

        for (int i = 0; i < 4; i++) {
            wrongPassword(email);
        }
        attempts.operatorSignedIn(new AuthenticationSuccessEvent(UsernamePasswordAuthenticationToken.authenticated(
                signIn.loadUserByUsername(email), null, java.util.List.of())));
        for (int i = 0; i < 4; i++) {
            wrongPassword(email);
        }
        assertThat(signIn.loadUserByUsername(email).isAccountNonLocked()).as("a success resets the count").isTrue();
        wrongPassword(email);
        assertThat(signIn.loadUserByUsername(email).isAccountNonLocked()).isFalse();
        assertThat(Acting.as("chef@guichet.test", operators::list, "ROLE_OPERATOR"))
                .filteredOn(account -> account.email().equals(email)).singleElement()
                .satisfies(account -> assertThat(account.lockedUntil()).isNotNull());

        assertThatThrownBy(() -> Acting.as("epci@guichet.test", () -> {
            operators.unlock(email);
            return null;
        }, "ROLE_EPCI_ADMIN")).isInstanceOf(AccessDeniedException.class);
        Acting.as("chef@guichet.test", () -> {
            operators.unlock(email);
            return null;
        }, "ROLE_OPERATOR");
        assertThat(signIn.loadUserByUsername(email).isAccountNonLocked()).isTrue();
        assertThat(Acting.as("chef@guichet.test", operators::list, "ROLE_OPERATOR"))
                .filteredOn(account -> account.email().equals(email)).singleElement()
                .satisfies(account -> assertThat(account.lockedUntil()).isNull());
    }

    private void wrongPassword(String email) {
        attempts.failed(new AuthenticationFailureBadCredentialsEvent(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "faux"),
                new BadCredentialsException("Bad credentials")));
    }
}
