package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The shared secret of RFC 4226's appendix D and RFC 6238's appendix B (SHA-1). */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_KEY_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void hotpGivesRfc4226Values() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871",
                "520489"};
        for (int counter = 0; counter < expected.length; counter++) {
            assertThat(Totp.hotp(RFC_KEY, counter, 6)).as("count %d", counter).isEqualTo(expected[counter]);
        }
    }

    @Test
    void totpGivesRfc6238Sha1Values() {
        long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
        String[] expected = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
        for (int i = 0; i < times.length; i++) {
            long step = Totp.stepOf(Instant.ofEpochSecond(times[i]));
            assertThat(Totp.hotp(RFC_KEY, step, 8)).as("T = %d", times[i]).isEqualTo(expected[i]);
        }
        assertThat(Totp.codeAt(RFC_KEY_BASE32, Instant.ofEpochSecond(59))).isEqualTo("287082");
    }

    @Test
    void base32FollowsRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode("fooba".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTB");
        assertThat(new String(Base32.decode("mzxw 6ytb-oi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(Base32.encode(RFC_KEY)).isEqualTo(RFC_KEY_BASE32);
        assertThat(Base32.decode(Totp.newSecret())).hasSize(20);
    }

    @Test
    void aCodeIsAcceptedOneStepEarlyOrLateAndOnce() {
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        long step = Totp.stepOf(now);
        String current = Totp.codeAt(RFC_KEY_BASE32, now);
        String previous = Totp.codeAt(RFC_KEY_BASE32, now.minusSeconds(30));
        String next = Totp.codeAt(RFC_KEY_BASE32, now.plusSeconds(30));
        String tooOld = Totp.codeAt(RFC_KEY_BASE32, now.minusSeconds(60));

        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, current, now, Long.MIN_VALUE)).hasValue(step);
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, previous, now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, next, now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, tooOld, now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, current, now, step)).as("used already").isEmpty();
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, previous, now, step)).as("older than one used").isEmpty();
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, current.substring(0, 3) + " " + current.substring(3), now,
                Long.MIN_VALUE)).as("typed in two groups").hasValue(step);
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.acceptedStep(RFC_KEY_BASE32, "abcdef", now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void theProvisioningAddressNamesTheCommuneAndTheAgent() {
        assertThat(Totp.provisioningUri("Guichet Saint-Étienne", "paul@mairie.test", "ABC"))
                .isEqualTo("otpauth://totp/Guichet%20Saint-%C3%89tienne:paul%40mairie.test?secret=ABC"
                        + "&issuer=Guichet%20Saint-%C3%89tienne&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreTenDistinctAndHashedWhateverTheTyping() {
        var codes = SecondFactors.newRecoveryCodes();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){2}"));
        String code = codes.getFirst();
        assertThat(SecondFactors.recoveryHash(code.toLowerCase().replace("-", " ")))
                .isEqualTo(SecondFactors.recoveryHash(code)).doesNotContain(code);
    }
}
