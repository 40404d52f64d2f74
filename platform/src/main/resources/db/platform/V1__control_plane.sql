-- Control plane: which local authorities this instance serves, where, and with what look.
CREATE TABLE tenants (
    id              UUID PRIMARY KEY,
    slug            VARCHAR(50)  NOT NULL UNIQUE,
    kind            VARCHAR(10)  NOT NULL CHECK (kind IN ('COMMUNE', 'EPCI')),
    official_name   VARCHAR(200) NOT NULL,
    official_code   VARCHAR(9)   NOT NULL,
    parent_id       UUID REFERENCES tenants (id),
    status          VARCHAR(12)  NOT NULL CHECK (status IN ('PROVISIONING', 'ACTIVE', 'SUSPENDED', 'ARCHIVED')),
    status_message  VARCHAR(500),
    schema_name     VARCHAR(63)  NOT NULL UNIQUE,
    schema_version  INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT tenants_official_code_unique UNIQUE (kind, official_code),
    CONSTRAINT tenants_commune_code CHECK (kind <> 'COMMUNE' OR official_code ~ '^[0-9][0-9AB][0-9]{3}$'),
    CONSTRAINT tenants_epci_code CHECK (kind <> 'EPCI' OR official_code ~ '^[0-9]{9}$')
);
CREATE INDEX tenants_parent_idx ON tenants (parent_id);
CREATE INDEX tenants_status_idx ON tenants (status);
CREATE INDEX tenants_name_idx ON tenants (lower(official_name));

CREATE TABLE tenant_hosts (
    host        VARCHAR(253) PRIMARY KEY,
    tenant_id   UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    is_default  BOOLEAN      NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX tenant_hosts_tenant_idx ON tenant_hosts (tenant_id);

-- Branding: one row per tenant once customised; defaults apply until then.
CREATE TABLE tenant_branding (
    tenant_id        UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    display_name     VARCHAR(120) NOT NULL,
    primary_colour   CHAR(7)      NOT NULL,
    secondary_colour CHAR(7)      NOT NULL,
    banner_text      VARCHAR(300),
    logo_media_type  VARCHAR(40),
    logo             BYTEA,
    updated_at       TIMESTAMPTZ  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

-- Operator accounts of tenant-admin: platform operators (scope NULL) and EPCI administrators (scope = the EPCI).
CREATE TABLE operators (
    id              UUID PRIMARY KEY,
    email           VARCHAR(254) NOT NULL UNIQUE,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    scope_tenant_id UUID REFERENCES tenants (id),
    created_at      TIMESTAMPTZ  NOT NULL
);

-- Spring Modulith event publication registry (JDBC, schema v2), kept in the control plane with the tenant id
-- inside each event: see docs/decisions/004-events-in-the-control-plane.md.
CREATE TABLE event_publication (
    id                     UUID NOT NULL PRIMARY KEY,
    listener_id            TEXT NOT NULL,
    event_type             TEXT NOT NULL,
    serialized_event       TEXT NOT NULL,
    publication_date       TIMESTAMPTZ NOT NULL,
    completion_date        TIMESTAMPTZ,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
