/** Platform operators' view of tenant-admin's accounts: who is locked, and unlocking. */
@NullMarked
package fr.guichet.admin.operators.ui;

import org.jspecify.annotations.NullMarked;
