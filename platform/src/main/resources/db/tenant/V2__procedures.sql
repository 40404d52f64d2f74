-- The catalog of online procedures (démarches) and their versions; a published version is never changed again.
CREATE TABLE procedures (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(60)  NOT NULL UNIQUE,
    status      VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CLOSED')),
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE procedure_versions (
    id                   UUID PRIMARY KEY,
    procedure_id         UUID         NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    number               INTEGER      NOT NULL,
    title                VARCHAR(150) NOT NULL,
    summary              VARCHAR(500) NOT NULL,
    category             VARCHAR(20)  NOT NULL,
    audience             VARCHAR(300),
    documents_to_prepare TEXT,
    processing_days      INTEGER,
    team                 VARCHAR(120),
    privacy_purpose      TEXT,
    privacy_legal_basis  VARCHAR(20),
    privacy_retention    VARCHAR(300),
    privacy_recipients   TEXT,
    form_json            TEXT         NOT NULL,
    state                VARCHAR(10)  NOT NULL CHECK (state IN ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    published_at         TIMESTAMPTZ,
    CONSTRAINT procedure_versions_number_unique UNIQUE (procedure_id, number)
);
-- At most one draft version per procedure (one published version is the aggregate's rule: publishing updates two
-- rows in one flush, in an order a per-statement unique index could not accept).
CREATE UNIQUE INDEX procedure_versions_one_draft ON procedure_versions (procedure_id) WHERE state = 'DRAFT';
