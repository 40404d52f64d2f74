package fr.guichet.agentproviders;

import fr.guichet.secrets.SecretKeys;
import fr.guichet.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-plane storage of agents' identity providers ({@code platform.agent_identity_providers}). */
@Repository
class ProviderStore {

    /** A row as stored: the secret still sealed. */
    record Row(TenantId tenant, ProviderKind kind, String displayName, String issuer, String clientId,
            String sealedSecret, List<String> scopes, boolean localPasswordsAllowed, Instant updatedAt,
            String updatedBy) {

        AgentProvider provider() {
            return new AgentProvider(kind, displayName, issuer, clientId, scopes, localPasswordsAllowed, updatedAt,
                    updatedBy);
        }
    }

    private static final String COLUMNS = "tenant_id, kind, display_name, issuer, client_id, client_secret, scopes, "
            + "local_passwords_allowed, updated_at, updated_by";

    private final JdbcClient jdbc;

    ProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(TenantId tenant) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.agent_identity_providers WHERE tenant_id = ?")
                .param(tenant.value()).query(ProviderStore::row).optional();
    }

    void save(Row row) {
        jdbc.sql("""
                INSERT INTO platform.agent_identity_providers (tenant_id, kind, display_name, issuer, client_id,
                    client_secret, secret_key_id, scopes, local_passwords_allowed, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET kind = excluded.kind, display_name = excluded.display_name,
                    issuer = excluded.issuer, client_id = excluded.client_id, client_secret = excluded.client_secret,
                    secret_key_id = excluded.secret_key_id, scopes = excluded.scopes,
                    local_passwords_allowed = excluded.local_passwords_allowed, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by, version = platform.agent_identity_providers.version + 1
                """).param(row.tenant().value()).param(row.kind().name()).param(row.displayName())
                .param(row.issuer()).param(row.clientId()).param(row.sealedSecret())
                .param(SecretKeys.keyIdOf(row.sealedSecret())).param(String.join(" ", row.scopes()))
                .param(row.localPasswordsAllowed()).param(Timestamp.from(row.updatedAt())).param(row.updatedBy())
                .update();
    }

    boolean remove(TenantId tenant) {
        return jdbc.sql("DELETE FROM platform.agent_identity_providers WHERE tenant_id = ?").param(tenant.value())
                .update() > 0;
    }

    /** Rows whose secret is sealed under another key than {@code keyId}, a batch at a time. */
    List<Row> underOtherKey(String keyId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM platform.agent_identity_providers WHERE secret_key_id <> ? LIMIT ?")
                .param(keyId).param(limit).query(ProviderStore::row).list();
    }

    void reseal(TenantId tenant, String sealedSecret) {
        jdbc.sql("UPDATE platform.agent_identity_providers SET client_secret = ?, secret_key_id = ? WHERE tenant_id = ?")
                .param(sealedSecret).param(SecretKeys.keyIdOf(sealedSecret)).param(tenant.value()).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(new TenantId(rs.getObject(1, UUID.class)), ProviderKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                Arrays.asList(rs.getString(7).split(" ")), rs.getBoolean(8), rs.getTimestamp(9).toInstant(),
                rs.getString(10));
    }
}
