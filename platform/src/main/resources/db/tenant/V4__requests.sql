-- Requests (demandes) filled with a procedure version, their timeline, and who read them.

-- Yearly counters of human references (ANN-2026-000123): gapless per tenant and year.
CREATE TABLE reference_counters (
    year        INTEGER PRIMARY KEY,
    last_value  BIGINT NOT NULL
);

CREATE TABLE requests (
    id                 UUID PRIMARY KEY,
    reference          VARCHAR(30)  NOT NULL UNIQUE,
    procedure_id       UUID         NOT NULL REFERENCES procedures (id),
    procedure_version  INTEGER      NOT NULL,
    procedure_title    VARCHAR(150) NOT NULL,
    status             VARCHAR(40)  NOT NULL,
    channel            VARCHAR(10)  NOT NULL CHECK (channel IN ('ONLINE', 'COUNTER', 'PHONE', 'POST', 'EMAIL')),
    citizen_id         UUID,
    contact_name       VARCHAR(200),
    contact_email      VARCHAR(254),
    contact_phone      VARCHAR(20),
    -- How the citizen wants to be told (their profile's choice when they submitted): EMAIL, SMS or POST.
    preferred_channel  VARCHAR(5)   NOT NULL DEFAULT 'EMAIL' CHECK (preferred_channel IN ('EMAIL', 'SMS', 'POST')),
    answers_json       TEXT         NOT NULL,
    submitted_at       TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL,
    due_at             TIMESTAMPTZ,
    closed_at          TIMESTAMPTZ,
    assignee           VARCHAR(254),
    registered_by      VARCHAR(254),
    version            BIGINT       NOT NULL DEFAULT 0
);
-- The inbox sorts by date within filters on status, procedure, assignee and channel.
CREATE INDEX requests_submitted_idx ON requests (submitted_at DESC, id);
CREATE INDEX requests_status_idx ON requests (status, submitted_at DESC);
CREATE INDEX requests_procedure_idx ON requests (procedure_id, submitted_at DESC);
CREATE INDEX requests_assignee_idx ON requests (assignee, submitted_at DESC);
CREATE INDEX requests_open_due_idx ON requests (due_at) WHERE closed_at IS NULL;
CREATE INDEX requests_citizen_idx ON requests (citizen_id, submitted_at DESC);
CREATE INDEX requests_contact_email_idx ON requests (lower(contact_email));

-- The timeline: submission, transitions, messages, notes (never shown to the citizen), assignments.
CREATE TABLE request_events (
    id                  UUID PRIMARY KEY,
    request_id          UUID         NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    position            INTEGER      NOT NULL,
    at                  TIMESTAMPTZ  NOT NULL,
    kind                VARCHAR(20)  NOT NULL,
    actor               VARCHAR(254) NOT NULL,
    from_status         VARCHAR(40),
    to_status           VARCHAR(40),
    text                TEXT,
    visible_to_citizen  BOOLEAN      NOT NULL,
    CONSTRAINT request_events_position_unique UNIQUE (request_id, position)
);

-- Every read of a request's personal data by an agent (RGPD accountability).
CREATE TABLE request_reads (
    id          BIGSERIAL PRIMARY KEY,
    request_id  UUID         NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    agent       VARCHAR(254) NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    purpose     VARCHAR(40)  NOT NULL
);
CREATE INDEX request_reads_request_idx ON request_reads (request_id, at);
