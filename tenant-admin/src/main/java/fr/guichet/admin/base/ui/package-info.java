/** Tenant-admin, on the operator host: base views. */
@NullMarked
package fr.guichet.admin.base.ui;

import org.jspecify.annotations.NullMarked;
