/** Tenant-admin, on the operator host. */
@NullMarked
package fr.guichet.admin;

import org.jspecify.annotations.NullMarked;
