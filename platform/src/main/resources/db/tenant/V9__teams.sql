-- Teams of agents (« État civil », « Services techniques »), the procedures each processes, and the team a request
-- is assigned to. An agent who is not an administrator sees only the requests of their teams' procedures
-- (decision 014).
CREATE TABLE teams (
    id          UUID PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX teams_name_unique ON teams (lower(name));

CREATE TABLE team_members (
    team_id   UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    agent_id  UUID NOT NULL REFERENCES agents (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, agent_id)
);
CREATE INDEX team_members_agent_idx ON team_members (agent_id);

CREATE TABLE team_procedures (
    team_id       UUID NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    procedure_id  UUID NOT NULL REFERENCES procedures (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, procedure_id)
);
CREATE INDEX team_procedures_procedure_idx ON team_procedures (procedure_id);

-- A team can only be removed without open requests assigned (checked by the service); closed ones forget it.
ALTER TABLE requests ADD COLUMN team_id UUID REFERENCES teams (id) ON DELETE SET NULL;
CREATE INDEX requests_team_idx ON requests (team_id, submitted_at DESC);
-- An agent's counters per status are bounded by their teams' procedures (procedure_id IN (…)): this index answers
-- them from the index alone, as requests_status_idx does for administrators.
CREATE INDEX requests_procedure_status_idx ON requests (procedure_id, status);
