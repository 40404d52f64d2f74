/** Tenant-admin, on the operator host: tenants views. */
@NullMarked
package fr.guichet.admin.tenants.ui;

import org.jspecify.annotations.NullMarked;
