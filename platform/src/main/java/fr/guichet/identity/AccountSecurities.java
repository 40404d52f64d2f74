package fr.guichet.identity;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountSecurities extends JpaRepository<AccountSecurity, Short> {

    /** The commune's policy (the row is created by the tenant's migration). */
    default boolean secondFactorRequired() {
        return findById(AccountSecurity.ONLY).map(AccountSecurity::secondFactorRequired).orElse(false);
    }
}
