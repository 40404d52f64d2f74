package fr.guichet.franceconnect;

import fr.guichet.secrets.SecretKeys;
import fr.guichet.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-plane storage of FranceConnect registrations ({@code platform.franceconnect_clients}). */
@Repository
class RegistrationStore {

    /** A row as stored: the secret still sealed. */
    record Row(TenantId tenant, String clientId, String sealedSecret, String providerUrl, Instant updatedAt,
            String updatedBy) {

        FranceConnectRegistration registration() {
            return new FranceConnectRegistration(clientId, providerUrl, updatedAt, updatedBy);
        }
    }

    private final JdbcClient jdbc;

    RegistrationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> find(TenantId tenant) {
        return jdbc.sql("""
                SELECT client_id, client_secret, provider_url, updated_at, updated_by
                FROM platform.franceconnect_clients WHERE tenant_id = ?
                """).param(tenant.value())
                .query((rs, n) -> new Row(tenant, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .optional();
    }

    void save(TenantId tenant, String clientId, String sealedSecret, String providerUrl, Instant at, String by) {
        jdbc.sql("""
                INSERT INTO platform.franceconnect_clients (tenant_id, client_id, client_secret, secret_key_id,
                    provider_url, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (tenant_id) DO UPDATE SET client_id = excluded.client_id,
                    client_secret = excluded.client_secret, secret_key_id = excluded.secret_key_id,
                    provider_url = excluded.provider_url, updated_at = excluded.updated_at,
                    updated_by = excluded.updated_by, version = platform.franceconnect_clients.version + 1
                """).param(tenant.value()).param(clientId).param(sealedSecret)
                .param(SecretKeys.keyIdOf(sealedSecret)).param(providerUrl).param(Timestamp.from(at)).param(by)
                .update();
    }

    boolean remove(TenantId tenant) {
        return jdbc.sql("DELETE FROM platform.franceconnect_clients WHERE tenant_id = ?").param(tenant.value())
                .update() > 0;
    }

    /** Rows whose secret is sealed under another key than {@code keyId}, a batch at a time. */
    List<Row> underOtherKey(String keyId, int limit) {
        return jdbc.sql("""
                SELECT tenant_id, client_id, client_secret, provider_url, updated_at, updated_by
                FROM platform.franceconnect_clients WHERE secret_key_id <> ? LIMIT ?
                """).param(keyId).param(limit)
                .query((rs, n) -> new Row(new TenantId(rs.getObject(1, java.util.UUID.class)), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }

    void reseal(TenantId tenant, String sealedSecret) {
        jdbc.sql("UPDATE platform.franceconnect_clients SET client_secret = ?, secret_key_id = ? WHERE tenant_id = ?")
                .param(sealedSecret).param(SecretKeys.keyIdOf(sealedSecret)).param(tenant.value()).update();
    }
}
