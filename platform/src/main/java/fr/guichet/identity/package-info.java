/**
 * Who signs in: agents of a tenant (in the tenant's schema) and operators of tenant-admin (in the control plane).
 */
@NullMarked
package fr.guichet.identity;

import org.jspecify.annotations.NullMarked;
