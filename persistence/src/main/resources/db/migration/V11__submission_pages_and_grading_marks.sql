-- A quiz's submissions in pages (issue 10): the default order (by id) reads a page off this index
-- instead of sorting the quiz's rows; it also serves every query by quiz, so it replaces
-- submission_quiz_ix (V5).
CREATE INDEX submission_quiz_id_ix ON submission (quiz_id, id);
DROP INDEX submission_quiz_ix;
