-- Agents' local accounts managed by the commune's administrators: invitations (the agent chooses a password from a
-- link), sign-in failures and temporary lockout, last sign-in.
ALTER TABLE agents ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE agents
    ADD COLUMN failed_sign_ins        INTEGER     NOT NULL DEFAULT 0,
    ADD COLUMN locked_until           TIMESTAMPTZ,
    ADD COLUMN last_sign_in_at        TIMESTAMPTZ,
    -- SHA-256 of the invitation link's token (never the token itself), while the invitation is pending.
    ADD COLUMN invitation_hash        VARCHAR(64),
    ADD COLUMN invitation_expires_at  TIMESTAMPTZ,
    ADD COLUMN invited_by             VARCHAR(254);
CREATE UNIQUE INDEX agents_invitation_unique ON agents (invitation_hash) WHERE invitation_hash IS NOT NULL;
