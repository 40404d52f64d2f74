package fr.guichet.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts tenants' secrets with AES-256-GCM under keys from the configuration, never from the database:
 * {@code guichet.secrets.keys} lists {@code id:base64-key} pairs (comma-separated), {@code guichet.secrets.current-key}
 * names the one new secrets are encrypted with; older keys stay listed until every secret has been re-encrypted
 * (docs/franceconnect.md, « Secrets and key rotation »). The tenant id is the associated data, so a secret only decrypts in its
 * own tenant's row.
 */
@Component
public class SecretKeys {

    private static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String currentKey;
    private final SecureRandom random = new SecureRandom();

    public SecretKeys(@Value("${guichet.secrets.keys:}") String keys, @Value("${guichet.secrets.current-key:}") String current) {
        for (String entry : keys.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalStateException("guichet.secrets.keys: each entry is id:base64-key");
            }
            byte[] key = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            if (key.length != 32) {
                throw new IllegalStateException("guichet.secrets.keys: key " + entry.substring(0, colon).strip()
                        + " must be 32 bytes (AES-256), base64-encoded");
            }
            this.keys.put(entry.substring(0, colon).strip(), new SecretKeySpec(key, "AES"));
        }
        this.currentKey = current.strip();
        if (!currentKey.isEmpty() && !this.keys.containsKey(currentKey)) {
            throw new IllegalStateException("guichet.secrets.current-key names no key of guichet.secrets.keys");
        }
    }

    /** Whether secrets can be stored at all: a current key is configured. */
    public boolean configured() {
        return !currentKey.isEmpty();
    }

    public String currentKeyId() {
        return currentKey;
    }

    /** {@code v1:<key id>:<base64(iv | ciphertext | tag)>}, bound to {@code owner}. */
    public String encrypt(String secret, String owner) {
        if (!configured()) {
            throw new IllegalStateException("No encryption key configured (guichet.secrets.current-key)");
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + ":" + currentKey + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The secret sealed by {@link #encrypt}; fails when its key is no longer configured or it was tampered with. */
    public String decrypt(String sealed, String owner) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new IllegalStateException("Unknown secret format");
        }
        SecretKey key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("Secret encrypted under key " + parts[1] + ", which is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Secret does not decrypt (wrong key, wrong tenant or tampered)", e);
        }
    }

    /**
     * Re-encrypts, batch by batch, every secret of a store still sealed under an older key with the current one (key
     * rotation); each row's secret stays bound to its owner.
     *
     * @param underOtherKey rows whose secret is sealed under another key than the one given, at most so many
     * @param owner the owner a row's secret is bound to (its tenant id)
     * @param sealed a row's sealed secret
     * @param reseal stores a row's secret sealed anew
     * @return how many secrets were re-encrypted
     */
    public <R> int reencryptUnderCurrentKey(BiFunction<String, Integer, List<R>> underOtherKey,
            Function<R, String> owner, Function<R, String> sealed, BiConsumer<R, String> reseal) {
        if (!configured()) {
            return 0;
        }
        int done = 0;
        List<R> batch;
        while (!(batch = underOtherKey.apply(currentKey, 500)).isEmpty()) {
            for (R row : batch) {
                String bound = owner.apply(row);
                reseal.accept(row, encrypt(decrypt(sealed.apply(row), bound), bound));
                done++;
            }
        }
        return done;
    }

    /** The id of the key a sealed secret was encrypted with. */
    public static String keyIdOf(String sealed) {
        String[] parts = sealed.split(":", 3);
        return parts.length == 3 ? parts[1] : "";
    }
}
