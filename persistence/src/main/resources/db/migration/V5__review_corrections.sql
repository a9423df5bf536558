-- A teacher's corrected reading of an answer (review: "edit the text"); the decision graded from it
-- is the override beside it, and like the override it survives a regrade.
ALTER TABLE submission_answer ADD COLUMN override_text VARCHAR(2000);

-- The review queue reads a quiz's flagged answers without an override.
CREATE INDEX submission_quiz_ix ON submission (quiz_id);
