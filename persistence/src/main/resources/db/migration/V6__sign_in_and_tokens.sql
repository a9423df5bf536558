-- Sign-in, sessions and tokens (issue 9).

-- Usernames are case-insensitive: the lower-case key is unique. Accounts whose names differ only in
-- case cannot both exist afterwards, so this step fails on such data (rename one first; see README).
ALTER TABLE app_user ADD COLUMN username_key VARCHAR(64);
UPDATE app_user SET username_key = LOWER(username);
ALTER TABLE app_user ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_username_key_uk UNIQUE (username_key);

-- Raised on each password change or disabling; a session signed in with an older value has ended.
ALTER TABLE app_user ADD COLUMN credentials_version BIGINT DEFAULT 0 NOT NULL;

-- Tokens may expire.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- A disabled account's tokens stay revoked when it is enabled again (as disabling does from now on).
UPDATE api_token SET revoked = TRUE
 WHERE user_id IN (SELECT id FROM app_user WHERE disabled = TRUE);
