/**
 * Agents' sign-in through OpenID Connect (decision 022): each tenant's identity provider (ProConnect, the State's
 * federation for public agents, or the collectivity's own provider such as Keycloak or Entra ID) with its secret
 * encrypted in the control plane, validated against the issuer's discovery document before it is saved, resolved per
 * tenant at run time for Spring Security's OpenID Connect login, and the provider's identity matched to an agent
 * account that the commune created ({@code identity.ProviderAccounts}).
 */
@NullMarked
package fr.guichet.agentproviders;

import org.jspecify.annotations.NullMarked;
