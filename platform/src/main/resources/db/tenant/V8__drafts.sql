-- Drafts (brouillons): the answers a signed-in citizen has typed into a published procedure's form, saved as they
-- go and resumed later. One draft per citizen and procedure, enforced here and written by an upsert. See decision 013.
CREATE TABLE drafts (
    id                 UUID PRIMARY KEY,
    citizen_id         UUID         NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
    procedure_id       UUID         NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    -- The published version the answers were typed with: a newer version carries over what still fits.
    procedure_version  INTEGER      NOT NULL,
    -- Null once the draft has expired and its answers were purged: the row then only says when it expired, so
    -- that the citizen coming back is told why the form is empty (a tombstone, deleted a while later).
    answers_json       TEXT,
    -- The page the citizen was on, to resume there.
    page_key           VARCHAR(64),
    created_at         TIMESTAMPTZ  NOT NULL,
    saved_at           TIMESTAMPTZ  NOT NULL,
    expires_at         TIMESTAMPTZ  NOT NULL,
    CONSTRAINT drafts_one_per_procedure UNIQUE (citizen_id, procedure_id)
);
CREATE INDEX drafts_expiry_idx ON drafts (expires_at);

-- A pending file answered in a draft is kept as long as the draft (not only 24 hours): the draft holds it.
ALTER TABLE attachments ADD COLUMN held_until TIMESTAMPTZ;
