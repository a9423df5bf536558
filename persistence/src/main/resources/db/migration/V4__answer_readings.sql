-- Every reader's reading of an answer (JSON: [{"engine","text","confidence"}]), so that a teacher
-- reviewing it sees the alternatives and a regrade never needs OCR.
ALTER TABLE submission_answer ADD COLUMN readings VARCHAR(8000);
