-- Sign-in sessions kept in the database (issue 11): any node serves any signed-in browser, no
-- sticky load balancing, and sessions survive a restart.

-- id_hash is the SHA-256 (hex) of the cookie's 256-bit random value; the value itself is never
-- stored, so a copy of this table signs nobody in. A session ends at expires_at (8 hours after it
-- was last seen), when it signs out (the row is deleted), or when the account's credentials version
-- moves past the one it signed in with (password change, disabling).
CREATE TABLE user_session (
    id_hash             VARCHAR(64) PRIMARY KEY,
    user_id             BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    credentials_version BIGINT      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Ending an account's other sessions (password change) and the hourly deletion of expired rows.
CREATE INDEX user_session_user_ix ON user_session (user_id);
CREATE INDEX user_session_expires_ix ON user_session (expires_at);

-- Expired sessions are deleted by one node per cluster (see V8).
INSERT INTO cluster_lease (name, holder, expires_at, last_run_at, runs)
    VALUES ('session-cleanup', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', NULL, 0);
