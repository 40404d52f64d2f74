package fr.guichet.sharing;

import fr.guichet.catalog.Category;
import fr.guichet.catalog.LegalBasis;
import fr.guichet.catalog.PrivacyNotice;
import fr.guichet.catalog.ProcedureDescription;
import fr.guichet.catalog.ProcedureTemplate;
import fr.guichet.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-plane storage of shared templates and their versions (schema {@code platform}, plain JDBC). */
@Repository
class SharedTemplateStore {

    /** Each template with its latest version. */
    private static final String LATEST = """
            SELECT t.id, t.owner_id, t.source_procedure_id, t.key, v.*
            FROM platform.shared_templates t
            JOIN platform.shared_template_versions v ON v.template_id = t.id AND v.number = t.latest_version
            """;

    private final JdbcClient jdbc;

    SharedTemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest version of every template an EPCI shares, by title (French order). */
    List<SharedTemplate> latestOf(TenantId owner) {
        Collator french = Collator.getInstance(Locale.FRENCH);
        return jdbc.sql(LATEST + " WHERE t.owner_id = ?").param(owner.value()).query(this::map).list().stream()
                .sorted(Comparator.comparing(SharedTemplate::title, french)).toList();
    }

    /** The latest version of one template, only if {@code owner} shares it. */
    Optional<SharedTemplate> latest(UUID id, TenantId owner) {
        return jdbc.sql(LATEST + " WHERE t.id = ? AND t.owner_id = ?").param(id).param(owner.value())
                .query(this::map).optional();
    }

    /** The template made from this procedure of the EPCI, locked until the end of the transaction. */
    Optional<SharedTemplate> lockBySource(TenantId owner, UUID sourceProcedureId) {
        return jdbc.sql(LATEST + " WHERE t.owner_id = ? AND t.source_procedure_id = ? FOR UPDATE OF t")
                .param(owner.value()).param(sourceProcedureId).query(this::map).optional();
    }

    /** Stores a new template with its first version. */
    void insertTemplate(SharedTemplate first) {
        jdbc.sql("""
                INSERT INTO platform.shared_templates (id, owner_id, source_procedure_id, key, latest_version, created_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).param(first.id()).param(first.ownerId().value()).param(first.sourceProcedureId())
                .param(first.content().key()).param(first.version()).param(Timestamp.from(first.publishedAt()))
                .update();
        insertVersion(first);
    }

    /** Stores a later version of an existing template and makes it the latest. */
    void insertLaterVersion(SharedTemplate next) {
        insertVersion(next);
        jdbc.sql("UPDATE platform.shared_templates SET latest_version = ? WHERE id = ?").param(next.version())
                .param(next.id()).update();
    }

    private void insertVersion(SharedTemplate version) {
        ProcedureDescription d = version.content().description();
        PrivacyNotice p = version.content().privacy();
        jdbc.sql("""
                INSERT INTO platform.shared_template_versions (template_id, number, source_version, title, summary,
                    category, audience, documents_to_prepare, processing_days, team, privacy_purpose,
                    privacy_legal_basis, privacy_retention, privacy_recipients, form_json, published_at, published_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).param(version.id()).param(version.version()).param(version.sourceVersion()).param(d.title())
                .param(d.summary()).param(d.category().name()).param(d.audience()).param(d.documentsToPrepare())
                .param(d.processingDays()).param(d.team()).param(p.purpose())
                .param(Objects.requireNonNull(p.legalBasis()).name()).param(p.retention()).param(p.recipients())
                .param(version.content().formJson()).param(Timestamp.from(version.publishedAt()))
                .param(version.publishedBy()).update();
    }

    private SharedTemplate map(ResultSet rs, int row) throws SQLException {
        Object days = rs.getObject("processing_days");
        ProcedureDescription description = new ProcedureDescription(rs.getString("title"), rs.getString("summary"),
                Category.valueOf(rs.getString("category")), rs.getString("audience"),
                rs.getString("documents_to_prepare"), days == null ? null : ((Number) days).intValue(),
                rs.getString("team"));
        PrivacyNotice privacy = new PrivacyNotice(rs.getString("privacy_purpose"),
                LegalBasis.valueOf(rs.getString("privacy_legal_basis")), rs.getString("privacy_retention"),
                rs.getString("privacy_recipients"));
        return new SharedTemplate(rs.getObject("id", UUID.class), new TenantId(rs.getObject("owner_id", UUID.class)),
                rs.getObject("source_procedure_id", UUID.class), rs.getInt("number"), rs.getInt("source_version"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"),
                new ProcedureTemplate(rs.getString("key"), description, privacy, rs.getString("form_json")));
    }
}
