-- Failed sign-ins that no user row can count: an unknown username of an enterprise (or of an
-- unknown enterprise code), and the platform operator. Counting them in the database, not in one
-- node's memory, makes an unknown name lock after as many failures as a real one, and makes a
-- lockout hold across nodes. The realm is what was typed as the enterprise ("enterprise:demo") or
-- "platform"; there is no tenant id because the enterprise may not exist. Rows untouched for a day
-- are deleted with the next failure (by the updated_at index), so typed garbage does not pile up.
CREATE TABLE identity_sign_in_failure (
    realm        VARCHAR(80)  NOT NULL,
    username     VARCHAR(50)  NOT NULL,
    failures     INT          NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_identity_sign_in_failure PRIMARY KEY (realm, username)
);
CREATE INDEX ix_identity_sign_in_failure_updated ON identity_sign_in_failure (updated_at);
