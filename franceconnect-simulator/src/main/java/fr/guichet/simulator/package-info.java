/**
 * A FranceConnect v2 look-alike for development and tests, run in its own JVM on its own host name: authorization
 * code with {@code state} and {@code nonce}, {@code acr=eidas1}, RS256 id_token, userinfo as a signed JWT,
 * {@code session/end} logout, and a handful of test identities.
 */
@NullMarked
package fr.guichet.simulator;

import org.jspecify.annotations.NullMarked;
