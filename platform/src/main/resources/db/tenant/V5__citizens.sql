-- Citizens' accounts of the commune's portal (email and password; FranceConnect later) and their profile, which
-- prefills forms. Secrets are never stored: passwords as Argon2id hashes, links' tokens as SHA-256 hashes.
CREATE TABLE citizens (
    id                      UUID PRIMARY KEY,
    email                   VARCHAR(254) NOT NULL,
    password_hash           VARCHAR(200) NOT NULL,
    email_verified          BOOLEAN      NOT NULL DEFAULT FALSE,
    verification_token_hash VARCHAR(64),
    verification_expires_at TIMESTAMPTZ,
    first_name              VARCHAR(100),
    last_name               VARCHAR(100),
    birth_name              VARCHAR(100),
    birth_date              DATE,
    birth_place             VARCHAR(150),
    address                 VARCHAR(500),
    postcode                VARCHAR(5),
    commune                 VARCHAR(100),
    phone                   VARCHAR(30),
    preferred_channel       VARCHAR(5)   NOT NULL DEFAULT 'EMAIL' CHECK (preferred_channel IN ('EMAIL', 'SMS', 'POST')),
    -- Where the identity comes from; attributes an identity provider vouches for are listed in certified_attributes
    -- (names of PrefillSource, comma-separated) and cannot be changed by the citizen.
    identity_source         VARCHAR(15)  NOT NULL DEFAULT 'PASSWORD' CHECK (identity_source IN ('PASSWORD', 'FRANCECONNECT')),
    certified_attributes    VARCHAR(300) NOT NULL DEFAULT '',
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX citizens_email_unique ON citizens (lower(email));
CREATE UNIQUE INDEX citizens_verification_token ON citizens (verification_token_hash)
    WHERE verification_token_hash IS NOT NULL;

-- Guests (no account) follow their requests with a tracking link sent by email; the link's token is bound to it.
CREATE TABLE guest_passes (
    token_hash VARCHAR(64)     PRIMARY KEY,
    email      VARCHAR(254) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX guest_passes_email ON guest_passes (lower(email));
