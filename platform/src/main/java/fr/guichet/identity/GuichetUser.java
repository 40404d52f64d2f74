package fr.guichet.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in person. {@code realm} is the tenant id for an agent or {@link #OPERATOR_REALM} for an operator: a
 * session is only valid on the host of its realm, whatever cookie a browser sends.
 */
public class GuichetUser extends User {

    public static final String OPERATOR_REALM = "operator";

    private final String realm;
    private final String displayName;

    GuichetUser(String email, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
            String realm, String displayName) {
        this(email, passwordHash, enabled, true, authorities, realm, displayName);
    }

    GuichetUser(String email, String passwordHash, boolean enabled, boolean notLocked,
            Collection<? extends GrantedAuthority> authorities, String realm, String displayName) {
        super(email, passwordHash, enabled, true, true, notLocked, authorities);
        this.realm = realm;
        this.displayName = displayName;
    }

    public String realm() {
        return realm;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        // Same class too: an agent and a citizen of one commune may share an address, never an identity.
        return other instanceof GuichetUser user && other.getClass() == getClass() && super.equals(other)
                && realm.equals(user.realm);
    }

    @Override
    public int hashCode() {
        return super.hashCode() * 31 + realm.hashCode();
    }
}
