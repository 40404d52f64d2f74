-- Which template a procedure was made from (platform library or a template shared by the commune's EPCI) and which
-- version of it was last taken, so that a later version can be offered to the designers (never applied for them).
-- Expand-only: code of the previous release ignores these columns.
ALTER TABLE procedures
    ADD COLUMN template_source            VARCHAR(10) CHECK (template_source IN ('PLATFORM', 'EPCI')),
    ADD COLUMN template_id                UUID,
    ADD COLUMN template_key               VARCHAR(80),
    ADD COLUMN template_version           INTEGER,
    ADD COLUMN template_dismissed_version INTEGER;
