/** Agents' back office: the commune's agents, their roles and invitations, for administrators; accepting an invitation. */
@NullMarked
package fr.guichet.backoffice.accounts.ui;

import org.jspecify.annotations.NullMarked;
