package fr.guichet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.guichet.identity.GuestAccess.TrackingLink;
import fr.guichet.tenancy.FreshTerritories;
import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantContext;
import fr.guichet.tenancy.TenantProvisioning;
import fr.guichet.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class GuestAccessTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    GuestAccess guests;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTrackingLinkLeadsBackToTheGuestsAddressInItsCommuneOnly() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "invite");
        Tenant other = FreshTerritories.provisionCommune(provisioning, "invite-autre");

        TrackingLink pass = TenantContext.supplyAs(commune.asCurrent(),
                () -> guests.issue(" Invite@Exemple.fr ", "http://commune.test"));

        assertThat(pass.link()).isEqualTo("http://commune.test/suivi/" + pass.token());
        assertThat(pass.token()).matches("[A-Za-z0-9_-]{43}");
        assertThat(TenantContext.supplyAs(commune.asCurrent(), () -> guests.resolve(pass.token())))
                .contains("invite@exemple.fr");
        assertThat(TenantContext.supplyAs(commune.asCurrent(), () -> guests.resolve(pass.token() + "A"))).isEmpty();
        assertThat(TenantContext.supplyAs(other.asCurrent(), () -> guests.resolve(pass.token()))).isEmpty();
        assertThat(jdbc.sql("SELECT token_hash FROM " + commune.schema() + ".guest_passes").query(String.class)
                .single()).hasSize(64).isNotEqualTo(pass.token());
    }

    @Test
    void eachLinkHasItsOwnTokenAndAnAddressIsNeeded() throws Exception {
        Tenant commune = FreshTerritories.provisionCommune(provisioning, "invite-jetons");

        String first = TenantContext.supplyAs(commune.asCurrent(), () -> guests.issue("a@exemple.fr", "http://c/"))
                .token();
        String second = TenantContext.supplyAs(commune.asCurrent(), () -> guests.issue("a@exemple.fr", "http://c/"))
                .token();

        assertThat(first).isNotEqualTo(second);
        assertThatThrownBy(() -> TenantContext.runAs(commune.asCurrent(), () -> guests.issue("pas une adresse", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
