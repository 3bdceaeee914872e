-- Idempotency-Key on API POSTs (ADR 0025): the first answer to a key, kept 24 hours per enterprise
-- and caller (an API token, by its hash, or a signed-in user), so a retry after a lost answer gets
-- that answer instead of doing the work again. A row without a status is a request still running.
CREATE TABLE identity_idempotency_key (
    tenant_id       BIGINT       NOT NULL REFERENCES tenancy_tenant (id),
    caller          VARCHAR(80)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER,
    headers         TEXT,
    body            TEXT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_identity_idempotency_key PRIMARY KEY (tenant_id, caller, idempotency_key)
);
-- The hourly cleanup deletes each enterprise's expired keys.
CREATE INDEX ix_identity_idempotency_key_created ON identity_idempotency_key (tenant_id, created_at);
