-- A tenant's own schema. Every table here exists once per commune or EPCI.
CREATE TABLE agents (
    id            UUID PRIMARY KEY,
    email         VARCHAR(254) NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX agents_email_unique ON agents (lower(email));

CREATE TABLE legal_pages (
    kind        VARCHAR(30)  PRIMARY KEY CHECK (kind IN ('MENTIONS_LEGALES', 'ACCESSIBILITE', 'DONNEES_PERSONNELLES')),
    body        TEXT         NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    updated_by  VARCHAR(254) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
