package fr.guichet.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Subjects are pairwise, as with FranceConnect and ProConnect: one person has another {@code sub} per client. */
final class Pairwise {

    private Pairwise() {
    }

    static String subject(String login, String clientId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((login + "|" + clientId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash) + "v1";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
