package fr.guichet.tenancy;

/**
 * What keeps data about a tenant outside its schema (the search index) and must forget it with the schema: told when
 * a tenant's schema is created afresh (provisioning, or a reset that recreates it) and when it is dropped, so that
 * nothing of an earlier tenant with the same schema name ever shows up again.
 */
public interface TenantSchemaListener {

    /** Called before the schema is created; the schema is Hibernate's tenant identifier. */
    void schemaCreated(String schema);

    /** Called after the schema is dropped. */
    void schemaDropped(String schema);
}
