-- The identity an agent signed in with through the commune's OpenID Connect provider (decision 022): found by
-- verified e-mail on the first sign-in, then by this (issuer, subject) pair only.
ALTER TABLE agents ADD COLUMN provider_issuer VARCHAR(300);
ALTER TABLE agents ADD COLUMN provider_subject VARCHAR(255);
ALTER TABLE agents ADD CONSTRAINT agents_provider_link_complete
    CHECK ((provider_issuer IS NULL) = (provider_subject IS NULL));
CREATE UNIQUE INDEX agents_provider_identity_idx ON agents (provider_issuer, provider_subject)
    WHERE provider_subject IS NOT NULL;
