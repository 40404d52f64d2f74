-- Files joined to requests (pièces jointes). Uploaded before the request exists (pending: request_id is null, bound
-- to whoever uploaded them), then bound to the request in the submission's transaction. Pending files older than the
-- retention (24 h) are deleted by a scheduled job. The bytes live here (bytea, TOASTed out of line): see decision 011.
CREATE TABLE attachments (
    id             UUID PRIMARY KEY,
    -- Unguessable token carried by the file answer ({reference, name, size}); never an id to enumerate.
    reference      VARCHAR(64)  NOT NULL UNIQUE,
    original_name  VARCHAR(255) NOT NULL,
    -- Detected from the content (magic bytes), never from the name or the browser's type.
    media_type     VARCHAR(127) NOT NULL,
    size_bytes     BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256         CHAR(64)     NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL,
    request_id     UUID         REFERENCES requests (id) ON DELETE CASCADE,
    -- Who uploaded a pending file (a browser session's token, or a citizen's account): only they may attach it.
    uploader_key   VARCHAR(100) NOT NULL,
    content        BYTEA        NOT NULL
);
CREATE INDEX attachments_request_idx ON attachments (request_id) WHERE request_id IS NOT NULL;
CREATE INDEX attachments_pending_idx ON attachments (created_at) WHERE request_id IS NULL;
CREATE INDEX attachments_pending_uploader_idx ON attachments (uploader_key) WHERE request_id IS NULL;
