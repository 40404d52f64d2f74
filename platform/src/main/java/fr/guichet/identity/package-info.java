/**
 * Who signs in: agents of a tenant and citizens of its portal (both in the tenant's schema), operators of
 * tenant-admin (in the control plane); citizens' profiles, which prefill forms, and guests' tracking links.
 */
@NullMarked
package fr.guichet.identity;

import org.jspecify.annotations.NullMarked;
