/**
 * Tenants (communes and EPCI): the control plane, provisioning, host-name resolution and the tenant context.
 */
@NullMarked
package fr.guichet.tenancy;

import org.jspecify.annotations.NullMarked;
