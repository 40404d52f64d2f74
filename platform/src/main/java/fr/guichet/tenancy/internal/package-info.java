/**
 * Tenancy internals: control-plane storage, schema migrations, Hibernate wiring and the tenant filter.
 */
@NullMarked
package fr.guichet.tenancy.internal;

import org.jspecify.annotations.NullMarked;
