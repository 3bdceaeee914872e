-- "Keep me signed in" (ADR 0019): one row per remembered browser, Spring Security's persistent-token
-- scheme. The cookie holds only series:token; the row names the user, qualified by enterprise
-- (demo/admin). A row goes on sign-out, on a password change, when an administrator disables the
-- user, and when a stolen cookie is detected (the series is then used with an old token).
-- The series is random and looked up alone (the cookie carries no enterprise); the user's rows are
-- found by tenant and user.
CREATE TABLE identity_remember_me (
    series    VARCHAR(64)  NOT NULL PRIMARY KEY,
    tenant_id BIGINT       NOT NULL REFERENCES tenancy_tenant (id),
    user_id   BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_identity_remember_me_user ON identity_remember_me (tenant_id, user_id);
