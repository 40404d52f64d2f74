-- Procedures an EPCI shares with its member communes as templates (issue 3). Each publication is a snapshot of the
-- EPCI's published procedure, frozen here in the control plane: member communes read it without touching the EPCI's
-- schema, and a later publication adds a version instead of changing what a commune already took.
-- See docs/decisions/008-epci-shared-templates.md.
CREATE TABLE shared_templates (
    id                  UUID PRIMARY KEY,
    owner_id            UUID         NOT NULL REFERENCES tenants (id),
    source_procedure_id UUID         NOT NULL,
    key                 VARCHAR(80)  NOT NULL,
    latest_version      INTEGER      NOT NULL CHECK (latest_version >= 1),
    created_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT shared_templates_source_unique UNIQUE (owner_id, source_procedure_id),
    CONSTRAINT shared_templates_key_unique UNIQUE (owner_id, key)
);

CREATE TABLE shared_template_versions (
    template_id          UUID         NOT NULL REFERENCES shared_templates (id) ON DELETE CASCADE,
    number               INTEGER      NOT NULL CHECK (number >= 1),
    source_version       INTEGER      NOT NULL,
    title                VARCHAR(150) NOT NULL,
    summary              VARCHAR(500) NOT NULL,
    category             VARCHAR(20)  NOT NULL,
    audience             VARCHAR(300),
    documents_to_prepare TEXT,
    processing_days      INTEGER,
    team                 VARCHAR(120),
    privacy_purpose      TEXT         NOT NULL,
    privacy_legal_basis  VARCHAR(20)  NOT NULL,
    privacy_retention    VARCHAR(300) NOT NULL,
    privacy_recipients   TEXT         NOT NULL,
    form_json            TEXT         NOT NULL,
    published_at         TIMESTAMPTZ  NOT NULL,
    published_by         VARCHAR(254) NOT NULL,
    PRIMARY KEY (template_id, number)
);
