-- Requests to (re)index, for every tenant: one table and one poller per node whatever the number of tenants
-- (docs/decisions/017-search-across-nodes.md), used when guichet.search.indexing=outbox. A row is written in the
-- tenant's own transaction (by a Hibernate listener, on the tenant's connection), so a change is marked "to index"
-- if and only if it committed. Rows only say which request changed: the poller reloads its current state.
CREATE TABLE search_outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       UUID         NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    request_id      UUID         NOT NULL,
    changed_at      TIMESTAMPTZ  NOT NULL,
    status          VARCHAR(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'FAILED')),
    attempts        INTEGER      NOT NULL DEFAULT 0,
    -- When the row may next be claimed: its change time, the retry time after a failure, the end of the lease while
    -- a node indexes it.
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    -- Set by the node that claimed the row; a node whose lease ran out can no longer record its outcome.
    claim_token     UUID,
    last_error      VARCHAR(500)
);
-- The poller's query: due rows, oldest first.
CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at) WHERE status = 'PENDING';
-- Rows of one request (a request being indexed by a node is not claimed by another meanwhile), of one tenant
-- (operators' backlog and failures, purge with the tenant's schema).
CREATE INDEX search_outbox_request_idx ON search_outbox (tenant_id, request_id);
