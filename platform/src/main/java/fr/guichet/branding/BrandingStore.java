package fr.guichet.branding;

import fr.guichet.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-plane storage of branding ({@code platform.tenant_branding}). */
@Repository
class BrandingStore {

    private final JdbcClient jdbc;

    BrandingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Branding> find(TenantId tenant) {
        return jdbc.sql("""
                SELECT display_name, primary_colour, secondary_colour, banner_text, logo_media_type, version
                FROM platform.tenant_branding WHERE tenant_id = ?
                """).param(tenant.value())
                .query((rs, n) -> new Branding(rs.getString(1), BrandColour.of(rs.getString(2)),
                        BrandColour.of(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getLong(6)))
                .optional();
    }

    void save(TenantId tenant, BrandingChange change, Instant at) {
        jdbc.sql("""
                INSERT INTO platform.tenant_branding (tenant_id, display_name, primary_colour, secondary_colour,
                    banner_text, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 1)
                ON CONFLICT (tenant_id) DO UPDATE SET display_name = excluded.display_name,
                    primary_colour = excluded.primary_colour, secondary_colour = excluded.secondary_colour,
                    banner_text = excluded.banner_text, updated_at = excluded.updated_at,
                    version = platform.tenant_branding.version + 1
                """).param(tenant.value()).param(change.displayName()).param(change.primaryColour())
                .param(change.secondaryColour()).param(change.bannerText()).param(Timestamp.from(at)).update();
    }

    void saveLogo(TenantId tenant, Logo logo, Instant at) {
        jdbc.sql("""
                UPDATE platform.tenant_branding SET logo_media_type = ?, logo = ?, updated_at = ?,
                    version = version + 1 WHERE tenant_id = ?
                """).param(logo.mediaType()).param(logo.content()).param(Timestamp.from(at)).param(tenant.value())
                .update();
    }

    void removeLogo(TenantId tenant, Instant at) {
        jdbc.sql("""
                UPDATE platform.tenant_branding SET logo_media_type = NULL, logo = NULL, updated_at = ?,
                    version = version + 1 WHERE tenant_id = ?
                """).param(Timestamp.from(at)).param(tenant.value()).update();
    }

    Optional<Logo> logo(TenantId tenant) {
        return jdbc.sql("SELECT logo_media_type, logo FROM platform.tenant_branding WHERE tenant_id = ? AND logo IS NOT NULL")
                .param(tenant.value()).query((rs, n) -> new Logo(rs.getString(1), rs.getBytes(2))).optional();
    }
}
