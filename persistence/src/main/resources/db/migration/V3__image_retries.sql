-- How often an admin sent a failed image back to the workers (POST /admin/jobs/{id}/retry).
ALTER TABLE job_image ADD COLUMN retries INTEGER DEFAULT 0 NOT NULL;
