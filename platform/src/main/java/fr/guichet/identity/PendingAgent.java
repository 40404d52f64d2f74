package fr.guichet.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An agent who gave the right password but still owes a second factor: the session holds only the step's authority,
 * and the agent's own roles wait here until the step is done ({@link SecondFactorSignIn}).
 */
final class PendingAgent extends GuichetUser {

    private final SecondFactorStep step;
    private final Set<String> roles;

    PendingAgent(GuichetUser agent, SecondFactorStep step) {
        super(agent.getUsername(), agent.getPassword() == null ? "" : agent.getPassword(), agent.isEnabled(),
                agent.isAccountNonLocked(), List.of(new SimpleGrantedAuthority(step.authority())), agent.realm(),
                agent.displayName());
        this.step = step;
        this.roles = agent.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    SecondFactorStep step() {
        return step;
    }

    /** The authorities the agent gets once the step is done. */
    Set<String> roles() {
        return roles;
    }

    /** The fully signed-in agent. */
    GuichetUser completed() {
        Collection<SimpleGrantedAuthority> authorities = roles.stream().map(SimpleGrantedAuthority::new).toList();
        return new GuichetUser(getUsername(), "", true, authorities, realm(), displayName());
    }
}
