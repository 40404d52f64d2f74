-- Each procedure version carries its workflow (docs/requests.md, decision 015); null is the standard workflow, which
-- every version written before this migration follows.
ALTER TABLE procedure_versions ADD COLUMN workflow_json TEXT;

-- The commune's document templates (courriers, attestations) that a workflow state generates on entry.
CREATE TABLE document_templates (
    template_key  VARCHAR(40)  PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    body          TEXT         NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(254) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);

-- Documents issued to a request: generated PDFs shown to agents and to the citizen (« Documents reçus »), and the
-- letters to post to a citizen who prefers post (shown to agents only, until they mark them as sent).
CREATE TABLE request_documents (
    id            UUID         PRIMARY KEY,
    request_id    UUID         NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    kind          VARCHAR(10)  NOT NULL CHECK (kind IN ('DOCUMENT', 'LETTER')),
    title         VARCHAR(300) NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    sent_at       TIMESTAMPTZ,
    sent_by       VARCHAR(254),
    content       BYTEA        NOT NULL
);
CREATE INDEX request_documents_request_idx ON request_documents (request_id, created_at);
CREATE INDEX request_documents_letters_to_send_idx ON request_documents (created_at) WHERE kind = 'LETTER'
    AND sent_at IS NULL;
