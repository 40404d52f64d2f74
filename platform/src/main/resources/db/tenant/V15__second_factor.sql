-- Agents' optional second factor (TOTP, RFC 6238) and one-time recovery codes; the commune's policy that may require
-- it of every agent signing in with a password (decision 023).
ALTER TABLE agents
    -- The TOTP secret (base32), encrypted with SecretKeys and bound to the tenant id; NULL without a second factor.
    ADD COLUMN totp_secret      VARCHAR(300),
    ADD COLUMN totp_enabled_at  TIMESTAMPTZ,
    -- The last 30-second step whose code was accepted: a code works once.
    ADD COLUMN totp_last_step   BIGINT;

-- Ten recovery codes per agent, shown once at enrolment; only their SHA-256 is stored; each works once.
CREATE TABLE agent_recovery_codes (
    agent_id   UUID        NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    code_hash  VARCHAR(64) NOT NULL,
    used_at    TIMESTAMPTZ,
    PRIMARY KEY (agent_id, code_hash)
);

-- One row: the commune's sign-in policy.
CREATE TABLE account_security (
    id                      SMALLINT    PRIMARY KEY CHECK (id = 1),
    second_factor_required  BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_by              VARCHAR(254),
    changed_at              TIMESTAMPTZ
);
INSERT INTO account_security (id) VALUES (1);
