package fr.guichet.apiparticulier;

import fr.guichet.secrets.SecretKeys;
import fr.guichet.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-plane storage of API Particulier accesses ({@code platform.api_particulier_access}). */
@Repository
class AccessStore {

    /** A row as stored: the token still sealed. */
    record Row(TenantId tenant, String sealedToken, String siret, ApiParticulierEnvironment environment,
            String baseUrl, Instant updatedAt, String updatedBy) {

        ApiParticulierAccess access() {
            return new ApiParticulierAccess(siret, environment, baseUrl, updatedAt, updatedBy);
        }
    }

    private static final String COLUMNS = "tenant_id, token, siret, environment, base_url, updated_at, updated_by";

    private final JdbcClient jdbc;

    AccessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.api_particulier_access WHERE tenant_id = ?")
                .param(tenant.value()).query((rs, n) -> row(rs)).optional();
    }

    void save(TenantId tenant, AccessChecks.Clean access, String sealedToken, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO platform.api_particulier_access (tenant_id, token, token_key_id, siret, environment,
                    base_url, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET token = excluded.token, token_key_id = excluded.token_key_id,
                    siret = excluded.siret, environment = excluded.environment, base_url = excluded.base_url,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                    version = platform.api_particulier_access.version + 1
                """).param(tenant.value()).param(sealedToken).param(SecretKeys.keyIdOf(sealedToken))
                .param(access.siret()).param(access.environment().name()).param(access.baseUrl())
                .param(Timestamp.from(at)).param(by).update();
    }

    boolean remove(TenantId tenant) {
        return jdbc.sql("DELETE FROM platform.api_particulier_access WHERE tenant_id = ?").param(tenant.value())
                .update() > 0;
    }

    /** Rows whose token is sealed under another key than {@code keyId}, a batch at a time (key rotation). */
    List<Row> underOtherKey(String keyId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.api_particulier_access WHERE token_key_id <> ? LIMIT ?")
                .param(keyId).param(limit).query((rs, n) -> row(rs)).list();
    }

    void reseal(TenantId tenant, String sealedToken) {
        jdbc.sql("UPDATE platform.api_particulier_access SET token = ?, token_key_id = ? WHERE tenant_id = ?")
                .param(sealedToken).param(SecretKeys.keyIdOf(sealedToken)).param(tenant.value()).update();
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(new TenantId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                ApiParticulierEnvironment.valueOf(rs.getString(4)), rs.getString(5), rs.getTimestamp(6).toInstant(),
                rs.getString(7));
    }
}
