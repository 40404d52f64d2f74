-- Outbox of e-mails and SMS to send, for every tenant: one table and one poller whatever the number of tenants
-- (docs/decisions/010-notifications-outbox.md). Rows are written in the tenant's own transaction (a native INSERT
-- through its JPA connection), so a notification exists if and only if the change that caused it committed.
CREATE TABLE notification_outbox (
    id              UUID PRIMARY KEY,
    tenant_id       UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    channel         VARCHAR(10)  NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    recipient       VARCHAR(254) NOT NULL,
    template_key    VARCHAR(40)  NOT NULL,
    sender_address  VARCHAR(254),
    sender_name     VARCHAR(200) NOT NULL,
    subject         VARCHAR(300),
    body_text       TEXT         NOT NULL,
    body_html       TEXT,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    -- When the row may next be claimed: the retry time after a failure, the end of the lease while a node sends it.
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    -- Set by the node that claimed the row; a node whose lease ran out can no longer record its outcome.
    claim_token     UUID,
    last_error      VARCHAR(500),
    created_at      TIMESTAMPTZ  NOT NULL,
    sent_at         TIMESTAMPTZ
);
-- The poller's one query: due rows, oldest first.
CREATE INDEX notification_outbox_due_idx ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
-- Administrators' list of failed and retrying sends, per tenant.
CREATE INDEX notification_outbox_problems_idx ON notification_outbox (tenant_id, created_at)
    WHERE last_error IS NOT NULL AND status <> 'SENT';
-- Housekeeping of old rows.
CREATE INDEX notification_outbox_created_idx ON notification_outbox (created_at);
