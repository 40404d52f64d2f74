package fr.guichet.tenancy.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import fr.guichet.tenancy.NoTenantInContext;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate a pooled connection whose {@code search_path} is the tenant's schema, and resets it to the
 * control plane on release so that no tenant's path survives in the pool.
 */
@Component
class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private final DataSource dataSource;

    /** Taking {@link TenantSchemas} guarantees the template schema exists before Hibernate asks for it. */
    SchemaPerTenantConnectionProvider(DataSource dataSource, TenantSchemas schemas) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        return withSearchPath(dataSource.getConnection(), TenantSchemas.TEMPLATE_SCHEMA);
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        releaseConnection(TenantSchemas.TEMPLATE_SCHEMA, connection);
    }

    @Override
    public Connection getConnection(String schema) throws SQLException {
        if (ContextTenantResolver.NO_TENANT.equals(schema)) {
            throw new NoTenantInContext();
        }
        return withSearchPath(dataSource.getConnection(), schema);
    }

    @Override
    public void releaseConnection(String schema, Connection connection) throws SQLException {
        // Back to the control plane, whose tables are always schema-qualified anyway.
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + TenantSchemas.PLATFORM_SCHEMA);
        } finally {
            connection.close();
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        return type.cast(this);
    }

    private static Connection withSearchPath(Connection connection, String schema) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + TenantSchemas.quoted(schema));
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
