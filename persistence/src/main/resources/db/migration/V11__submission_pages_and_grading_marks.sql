-- A quiz's submissions in pages (issue 10): the default order (by id) reads a page off this index
-- instead of sorting the quiz's rows; it also serves every query by quiz, so it replaces
-- submission_quiz_ix (V5).
CREATE INDEX submission_quiz_id_ix ON submission (quiz_id, id);
DROP INDEX submission_quiz_ix;

-- One row per sheet a grading job has graded, written in the sheet's own transaction: a grading
-- step delivered again (the broker redelivers after a crash mid-grading) skips the sheets marked
-- here instead of counting them twice.
CREATE TABLE grading_mark (
    job_id    UUID   NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    image_id  BIGINT NOT NULL REFERENCES job_image (id) ON DELETE CASCADE,
    graded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (job_id, image_id)
);
