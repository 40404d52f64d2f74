package fr.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TenantContextTest {

    private final CurrentTenant annecy = new CurrentTenant(new TenantId(UUID.randomUUID()), "annecy", "t_annecy");
    private final CurrentTenant argonay = new CurrentTenant(new TenantId(UUID.randomUUID()), "argonay", "t_argonay");

    @AfterEach
    void clear() {
        TenantContext.clear();
    }

    @Test
    void theTenantSlugIsInTheLogMdcWhileATenantIsBoundAndGoneAfter() {
        TenantContext.set(annecy);
        assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("annecy");

        TenantContext.clear();
        assertThat(MDC.get(TenantContext.MDC_KEY)).isNull();
        assertThat(TenantContext.current()).isEmpty();
    }

    @Test
    void runAsRestoresThePreviousTenantAndItsMdcEntry() {
        TenantContext.set(annecy);
        TenantContext.runAs(argonay, () -> assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("argonay"));
        assertThat(TenantContext.requiredTenant()).isEqualTo(annecy);
        assertThat(MDC.get(TenantContext.MDC_KEY)).isEqualTo("annecy");
    }

    @Test
    void requiredTenantFailsLoudlyWhenNoTenantIsBound() {
        assertThatThrownBy(TenantContext::requiredTenant).isInstanceOf(NoTenantInContext.class);
    }
}
