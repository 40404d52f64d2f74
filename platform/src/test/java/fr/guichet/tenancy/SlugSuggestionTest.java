package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.territories.OfficialCommune;
import fr.guichet.territories.OfficialTerritories;
import fr.guichet.territories.Slugs;
import fr.guichet.testsupport.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SlugSuggestionTest {

    @Autowired
    TenantProvisioning provisioning;
    @Autowired
    OfficialTerritories territories;

    @Test
    void aCommuneIsOfferedTheSlugOfItsNameWhileItIsFree() throws Exception {
        OfficialCommune commune = territories.commune(FreshTerritories.communeCode()).orElseThrow();

        String suggested = OperatorScopes.callAsPlatform(() -> provisioning.suggestSlug(commune));

        assertThat(suggested).isEqualTo(Slugs.slugify(commune.name()));
    }

    @Test
    void aCommuneWhoseNameIsTakenIsOfferedItsNameWithItsDepartment() throws Exception {
        OfficialCommune first = territories.commune(FreshTerritories.communeCode()).orElseThrow();
        String slug = Slugs.slugify(first.name());
        OperatorScopes.callAsPlatform(() -> provisioning.provision(
                ProvisioningRequest.commune(first.inseeCode(), slug, null), ProvisioningProgress.NONE));
        OfficialCommune namesake = new OfficialCommune("99999", first.name(), "2A", "", List.of(), 0, null);

        String suggested = OperatorScopes.callAsPlatform(() -> provisioning.suggestSlug(namesake));

        assertThat(suggested).isEqualTo(slug + "-2a");
        assertThat(Slugs.isValid(suggested)).isTrue();
    }
}
