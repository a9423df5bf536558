-- Indexes for a grown service (issue 10: 100,000 jobs, 1,000,000 images).
-- A user's job counts and stats (Job.countForOwner, Job.tallyForOwner) read this index alone
-- (index-only scan) instead of visiting every job row of the user.
CREATE INDEX job_owner_status_type_ix ON job (owner_id, status, job_type, processing_ms);
-- The admin's list of all jobs, newest first, reads the first page off the index instead of
-- sorting every job.
CREATE INDEX job_created_ix ON job (created_at DESC, id);
