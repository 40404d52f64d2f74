-- Each tenant's identity provider for its agents (docs/agents-sign-in.md, decision 022): ProConnect or the
-- collectivity's own OpenID Connect provider. The secret is encrypted with AES-GCM under a key from the configuration
-- (never in the database), the tenant id as associated data: a ciphertext copied to another tenant's row does not
-- decrypt. Endpoints come from the issuer's discovery document at run time.
CREATE TABLE agent_identity_providers (
    tenant_id                UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    kind                     VARCHAR(20)   NOT NULL CHECK (kind IN ('PROCONNECT', 'OIDC')),
    display_name             VARCHAR(60)   NOT NULL,
    issuer                   VARCHAR(300)  NOT NULL,
    client_id                VARCHAR(200)  NOT NULL,
    -- v1:<key id>:<base64 of 12-byte IV, ciphertext and tag>
    client_secret            VARCHAR(1000) NOT NULL,
    secret_key_id            VARCHAR(40)   NOT NULL,
    -- Space-separated, openid and email always among them.
    scopes                   VARCHAR(500)  NOT NULL,
    local_passwords_allowed  BOOLEAN       NOT NULL DEFAULT TRUE,
    updated_at               TIMESTAMPTZ   NOT NULL,
    updated_by               VARCHAR(254)  NOT NULL,
    version                  BIGINT        NOT NULL DEFAULT 1
);
CREATE INDEX agent_identity_providers_key_idx ON agent_identity_providers (secret_key_id);
