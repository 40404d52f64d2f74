/** Agents' back office: the commune's teams, their agents and the procedures they process, for administrators. */
@NullMarked
package fr.guichet.backoffice.teams.ui;

import org.jspecify.annotations.NullMarked;
