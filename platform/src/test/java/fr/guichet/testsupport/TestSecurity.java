package fr.guichet.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs the current thread in as someone with the given authorities, as a view's session would be. */
public final class TestSecurity {

    private TestSecurity() {
    }

    public static void signInAs(String name, String... authorities) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name,
                null, AuthorityUtils.createAuthorityList(authorities)));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
