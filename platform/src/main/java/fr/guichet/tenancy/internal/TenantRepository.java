package fr.guichet.tenancy.internal;

import fr.guichet.tenancy.Tenant;
import fr.guichet.tenancy.TenantId;
import fr.guichet.tenancy.TenantKind;
import fr.guichet.tenancy.TenantStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-plane storage of tenants and their host names (schema {@code platform}). */
@Repository
public class TenantRepository {

    private static final String SELECT = """
            SELECT t.*, (SELECT string_agg(h.host, ' ' ORDER BY h.is_default DESC, h.created_at, h.host)
                         FROM platform.tenant_hosts h WHERE h.tenant_id = t.id) AS hosts
            FROM platform.tenants t
            """;

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenant> findById(TenantId id) {
        return jdbc.sql(SELECT + " WHERE t.id = ?").param(id.value()).query(this::map).optional();
    }

    public Optional<Tenant> findBySlug(String slug) {
        return jdbc.sql(SELECT + " WHERE t.slug = ?").param(slug).query(this::map).optional();
    }

    public Optional<Tenant> findByOfficialCode(TenantKind kind, String code) {
        return jdbc.sql(SELECT + " WHERE t.kind = ? AND t.official_code = ?").param(kind.name()).param(code)
                .query(this::map).optional();
    }

    public Optional<TenantId> findIdByHost(String host) {
        return jdbc.sql("SELECT tenant_id FROM platform.tenant_hosts WHERE host = ?").param(host)
                .query((rs, n) -> new TenantId(rs.getObject(1, UUID.class))).optional();
    }

    public boolean hostExists(String host) {
        return findIdByHost(host).isPresent();
    }

    /** Tenants matching a filter, by official name; {@code query} matches name, slug or official code. */
    public List<Tenant> search(@Nullable String query, @Nullable TenantKind kind, @Nullable TenantStatus status,
            @Nullable TenantId parent, int offset, int limit) {
        var where = new StringBuilder(" WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (query != null && !query.isBlank()) {
            where.append(" AND (lower(t.official_name) LIKE ? OR t.slug LIKE ? OR t.official_code = ?)");
            String like = "%" + query.strip().toLowerCase(java.util.Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(query.strip());
        }
        if (kind != null) {
            where.append(" AND t.kind = ?");
            params.add(kind.name());
        }
        if (status != null) {
            where.append(" AND t.status = ?");
            params.add(status.name());
        }
        if (parent != null) {
            where.append(" AND (t.parent_id = ? OR t.id = ?)");
            params.add(parent.value());
            params.add(parent.value());
        }
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where + " ORDER BY lower(t.official_name), t.slug LIMIT ? OFFSET ?")
                .params(params).query(this::map).list();
    }

    public List<Tenant> findBehindSchema(int latestVersion, int limit) {
        return jdbc.sql(SELECT + " WHERE t.status IN ('ACTIVE', 'SUSPENDED') AND t.schema_version < ?"
                + " ORDER BY t.created_at LIMIT ?").param(latestVersion).param(limit).query(this::map).list();
    }

    /** Active or suspended tenants whose schema is at least at {@code version}, by slug after {@code afterSlug}. */
    public List<Tenant> findServedAtLeast(int version, String afterSlug, int limit) {
        return jdbc.sql(SELECT + " WHERE t.status IN ('ACTIVE', 'SUSPENDED') AND t.schema_version >= ?"
                + " AND t.slug > ? ORDER BY t.slug LIMIT ?").param(version).param(afterSlug).param(limit)
                .query(this::map).list();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM platform.tenants").query(Long.class).single();
    }

    public void insert(Tenant tenant) {
        jdbc.sql("""
                INSERT INTO platform.tenants (id, slug, kind, official_name, official_code, parent_id, status,
                    status_message, schema_name, schema_version, created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                """)
                .param(tenant.id().value()).param(tenant.slug()).param(tenant.kind().name())
                .param(tenant.officialName()).param(tenant.officialCode())
                .param(tenant.parentId() == null ? null : tenant.parentId().value())
                .param(tenant.status().name()).param(tenant.statusMessage()).param(tenant.schema())
                .param(tenant.schemaVersion()).param(Timestamp.from(tenant.createdAt()))
                .param(Timestamp.from(tenant.updatedAt())).update();
        for (int i = 0; i < tenant.hosts().size(); i++) {
            insertHost(tenant.id(), tenant.hosts().get(i), i == 0, tenant.updatedAt());
        }
    }

    public void insertHost(TenantId id, String host, boolean isDefault, Instant at) {
        jdbc.sql("INSERT INTO platform.tenant_hosts (host, tenant_id, is_default, created_at) VALUES (?, ?, ?, ?)")
                .param(host).param(id.value()).param(isDefault).param(Timestamp.from(at)).update();
    }

    /** Saves status and schema version; fails if someone else changed the tenant since it was read. */
    public Tenant update(Tenant tenant) {
        int rows = jdbc.sql("""
                UPDATE platform.tenants SET status = ?, status_message = ?, schema_version = ?, updated_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?
                """)
                .param(tenant.status().name()).param(tenant.statusMessage()).param(tenant.schemaVersion())
                .param(Timestamp.from(tenant.updatedAt())).param(tenant.id().value()).param(tenant.version())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Tenant " + tenant.slug() + " was changed concurrently");
        }
        return findById(tenant.id()).orElseThrow();
    }

    /** Removes a tenant that never became active (failed provisioning); its hosts go with it. */
    public void deleteProvisioning(TenantId id) {
        jdbc.sql("DELETE FROM platform.tenants WHERE id = ? AND status = 'PROVISIONING'").param(id.value()).update();
    }

    private Tenant map(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        String hosts = rs.getString("hosts");
        return new Tenant(
                new TenantId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                TenantKind.valueOf(rs.getString("kind")),
                rs.getString("official_name"),
                rs.getString("official_code"),
                parent == null ? null : new TenantId(parent),
                TenantStatus.valueOf(rs.getString("status")),
                rs.getString("status_message"),
                rs.getString("schema_name"),
                rs.getInt("schema_version"),
                hosts == null ? List.of() : Arrays.asList(hosts.split(" ")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
