package fr.guichet.identity;

import fr.guichet.secrets.SecretKeys;
import fr.guichet.tenancy.TenantContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the second factor's services share: which step an agent owes after the password, the TOTP secret's
 * encryption (bound to the tenant id, so a secret copied to another commune's row does not decrypt), checking a code
 * or a recovery code, and making recovery codes.
 */
@Component
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeys keys;
    private final AccountSecurities policies;
    private final Clock clock;

    SecondFactors(SecretKeys keys, AccountSecurities policies, Clock clock) {
        this.keys = keys;
        this.policies = policies;
        this.clock = clock;
    }

    /** The step {@code agent} owes after a right password, or null when the password is enough. */
    @Nullable SecondFactorStep stepAfterPassword(Agent agent) {
        if (agent.hasSecondFactor()) {
            return SecondFactorStep.CODE;
        }
        return policies.secondFactorRequired() ? SecondFactorStep.ENROLMENT : null;
    }

    boolean available() {
        return keys.configured();
    }

    String seal(String secret) {
        return keys.encrypt(secret, owner());
    }

    /**
     * Whether {@code code} is the agent's current TOTP code (not used before) or one of the agent's unused recovery
     * codes; either is spent.
     */
    boolean accept(Agent agent, String code) {
        String sealed = agent.encryptedTotpSecret();
        if (sealed == null) {
            return false;
        }
        String typed = code.replace(" ", "").strip();
        if (!typed.matches("\\d{" + Totp.DIGITS + "}")) {
            return agent.useRecoveryCode(recoveryHash(typed), clock.instant());
        }
        OptionalLong step = Totp.acceptedStep(keys.decrypt(sealed, owner()), typed, clock.instant(),
                agent.totpLastStep());
        step.ifPresent(agent::totpCodeUsed);
        return step.isPresent();
    }

    /** Ten new recovery codes such as {@code K7PQ-M2XD-9RTA}, shown once; only {@link #recoveryHash} is kept. */
    static List<String> newRecoveryCodes() {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 12; c++) {
                if (c > 0 && c % 4 == 0) {
                    code.append('-');
                }
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.toString());
        }
        return codes;
    }

    /** The stored form of a recovery code, whatever case, spaces or hyphens the agent types. */
    static String recoveryHash(String code) {
        return SecretTokens.hash(code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    private static String owner() {
        return TenantContext.requiredTenant().id().toString();
    }
}
