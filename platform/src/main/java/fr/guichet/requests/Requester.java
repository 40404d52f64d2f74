package fr.guichet.requests;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who a request is for: a signed-in citizen, or a person known by name and possibly e-mail (guest online, or met
 * at the counter, on the phone, by post).
 *
 * @param citizenId the citizen's account, if any
 * @param name the person's name as given
 * @param email where to follow the request, if given
 */
public record Requester(@Nullable UUID citizenId, @Nullable String name, @Nullable String email) {

    public static Requester citizen(UUID id, @Nullable String name, String email) {
        return new Requester(id, name, email);
    }

    public static Requester guest(@Nullable String name, @Nullable String email) {
        return new Requester(null, name, email);
    }
}
