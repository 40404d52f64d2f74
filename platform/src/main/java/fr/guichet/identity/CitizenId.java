package fr.guichet.identity;

import java.util.UUID;

/** A citizen's account in one tenant. */
public record CitizenId(UUID value) {
}
