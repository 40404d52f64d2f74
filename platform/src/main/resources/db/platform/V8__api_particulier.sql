-- Each tenant's API Particulier access (docs/api-particulier.md, decision 024): the token DINUM issues with the
-- commune's habilitation, encrypted like FranceConnect secrets (AES-GCM, key from the configuration, the tenant id as
-- associated data), the SIRET sent as `recipient`, and the environment called.
CREATE TABLE api_particulier_access (
    tenant_id      UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    -- v1:<key id>:<base64 of 12-byte IV, ciphertext and tag>
    token          VARCHAR(4000) NOT NULL,
    token_key_id   VARCHAR(40)   NOT NULL,
    siret          CHAR(14)      NOT NULL,
    -- PRODUCTION, STAGING or SIMULATOR
    environment    VARCHAR(20)   NOT NULL,
    -- https://particulier.api.gouv.fr, https://staging.particulier.api.gouv.fr or the simulator's address
    base_url       VARCHAR(300)  NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    updated_by     VARCHAR(254)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 1
);
CREATE INDEX api_particulier_access_key_idx ON api_particulier_access (token_key_id);
