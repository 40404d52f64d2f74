-- API Particulier (decision 024).
-- The civil-status key API Particulier is called with, as FranceConnect certifies it: sex and INSEE codes of the
-- commune (born in France) and country of birth.
ALTER TABLE citizens ADD COLUMN birth_sex VARCHAR(1);
ALTER TABLE citizens ADD COLUMN birthplace_code VARCHAR(5);
ALTER TABLE citizens ADD COLUMN birth_country_code VARCHAR(5);

-- Every call, for the commune's audit: who, when, which data set, the outcome; never the data itself.
CREATE TABLE api_particulier_calls (
    id          UUID PRIMARY KEY,
    citizen_id  UUID         NOT NULL,
    data_set    VARCHAR(40)  NOT NULL,
    outcome     VARCHAR(30)  NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    duration_ms INTEGER      NOT NULL
);
CREATE INDEX api_particulier_calls_at ON api_particulier_calls (at);

-- A value received with the citizen's consent, held for their next submission (the browser never carries it).
CREATE TABLE api_particulier_held (
    citizen_id  UUID         NOT NULL,
    data_set    VARCHAR(40)  NOT NULL,
    value       VARCHAR(200) NOT NULL,
    provider    VARCHAR(20)  NOT NULL,
    fetched_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (citizen_id, data_set)
);

-- The values a request was submitted with, and where they came from (provenance shown to agents).
CREATE TABLE request_sourced_values (
    request_id  UUID         NOT NULL,
    field_key   VARCHAR(100) NOT NULL,
    data_set    VARCHAR(40)  NOT NULL,
    value       VARCHAR(200) NOT NULL,
    provider    VARCHAR(20)  NOT NULL,
    fetched_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (request_id, field_key)
);
