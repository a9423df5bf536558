-- Scale-out: work that must run once per cluster, not once per node, and the nodes that are up.

-- A lease per periodic task (the job watchdog, the nightly image cleanup): a node runs the task
-- only while it holds the lease, taken or renewed by one conditional UPDATE, so two nodes racing
-- for it cannot both win. Rows are made here; the code never inserts them.
CREATE TABLE cluster_lease (
    name        VARCHAR(64)  PRIMARY KEY,
    holder      VARCHAR(128),
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at TIMESTAMP WITH TIME ZONE,
    runs        BIGINT       NOT NULL
);
INSERT INTO cluster_lease (name, holder, expires_at, last_run_at, runs)
    VALUES ('job-watchdog', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', NULL, 0);
INSERT INTO cluster_lease (name, holder, expires_at, last_run_at, runs)
    VALUES ('image-retention', NULL, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', NULL, 0);

-- Each node's heartbeat, for the admin overview (which nodes are up, with how many workers).
CREATE TABLE cluster_node (
    name         VARCHAR(128) PRIMARY KEY,
    workers      INTEGER      NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
