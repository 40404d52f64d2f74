/** Citizen portal: citizens' accounts (sign-up, address confirmation, sign-in, profile). */
@NullMarked
package fr.guichet.portal.account.ui;

import org.jspecify.annotations.NullMarked;
