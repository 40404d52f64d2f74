/**
 * What every OpenID Connect sign-in of Guichet shares, whatever the provider (FranceConnect for citizens, ProConnect
 * or a collectivity's own provider for agents): short timeouts on every call to a provider, whether a provider
 * answers now, and the id_token decoders cached per provider and client (never per registration id, which is the
 * same for every tenant).
 */
@NullMarked
package fr.guichet.oidc;

import org.jspecify.annotations.NullMarked;
