-- Browser sessions in the database (Spring Session JDBC, ADR 0019), so any node serves any request
-- and a restart signs nobody out. The layout is Spring Session's own (its schema-postgresql.sql);
-- BYTEA is accepted by PostgreSQL and by H2, so one file serves both. A session read is one lookup
-- by the unique SESSION_ID index joined to its few attribute rows. PRINCIPAL_NAME is the
-- enterprise-qualified user name (demo/admin), unique across enterprises, so 我的 can list a user's
-- sessions by it. Sessions hold no business rows: the tenant lives inside the signed-in principal.
CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
