/**
 * Citizens' sign-in with FranceConnect v2 (decision 018): each tenant's client registration (secret encrypted in the
 * control plane), resolved per tenant at run time for Spring Security's OpenID Connect login, the checks of the
 * id_token and of the signed userinfo, and the mapping of FranceConnect's identity to a citizen's account.
 */
@NullMarked
package fr.guichet.franceconnect;

import org.jspecify.annotations.NullMarked;
