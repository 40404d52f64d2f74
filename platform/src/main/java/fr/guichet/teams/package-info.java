/**
 * Teams of agents (« État civil », « Services techniques ») and the procedures each processes; {@link AgentScope}
 * says which procedures' requests an agent may see, for every feature that shows requests.
 */
@NullMarked
package fr.guichet.teams;

import org.jspecify.annotations.NullMarked;
