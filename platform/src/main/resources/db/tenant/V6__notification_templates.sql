-- Notification templates the commune rewrote (the French defaults ship with the application), and the
-- notifications shown to citizens inside the portal.
CREATE TABLE notification_templates (
    template_key VARCHAR(40)  PRIMARY KEY,
    subject      VARCHAR(200) NOT NULL,
    body         TEXT         NOT NULL,
    sms_text     VARCHAR(400) NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL,
    updated_by   VARCHAR(254) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE portal_notifications (
    id           UUID          PRIMARY KEY,
    citizen_id   UUID          NOT NULL,
    template_key VARCHAR(40)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    body         TEXT          NOT NULL,
    link         VARCHAR(2000),
    created_at   TIMESTAMPTZ   NOT NULL,
    read_at      TIMESTAMPTZ
);
CREATE INDEX portal_notifications_citizen_idx ON portal_notifications (citizen_id, created_at DESC);
