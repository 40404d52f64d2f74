-- Each tenant's FranceConnect client registration (docs/franceconnect.md, decision 018). The secret is encrypted
-- with AES-GCM under a key from the configuration (never in the database), the tenant id as associated data: a
-- ciphertext copied to another tenant's row does not decrypt.
CREATE TABLE franceconnect_clients (
    tenant_id      UUID PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    client_id      VARCHAR(200)  NOT NULL,
    -- v1:<key id>:<base64 of 12-byte IV, ciphertext and tag>
    client_secret  VARCHAR(1000) NOT NULL,
    secret_key_id  VARCHAR(40)   NOT NULL,
    -- The provider's issuer, e.g. https://fcp-low.integ01.dev-franceconnect.fr/api/v2; endpoints are under it.
    provider_url   VARCHAR(300)  NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL,
    updated_by     VARCHAR(254)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 1
);
-- Key rotation re-encrypts the rows still under an older key.
CREATE INDEX franceconnect_clients_key_idx ON franceconnect_clients (secret_key_id);
