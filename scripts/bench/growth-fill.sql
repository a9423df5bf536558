-- Fills a QuizMarker database (schema already migrated by the server's Flyway) with a grown
-- service's data for the growth figures of ./quizmarker bench: 100 users beside the measured one,
-- 100,000 jobs (20,000 of them the measured user's), 1,000,000 images (10 per job; the newest
-- 100,000 still have stored bytes, as after the retention cleanup), 550 quizzes and 100,000
-- graded submissions of 10 answers each. Set-based (generate_series), so it takes seconds.
-- Variable: owner = the measured user's id (psql -v owner=N).
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO app_user (username, username_key, password_hash, roles, disabled, created_at)
SELECT 'bench-' || lpad(g::text, 4, '0'), 'bench-' || lpad(g::text, 4, '0'), '!', 'user', false,
       now() - interval '60 days'
FROM generate_series(1, 100) g;

CREATE TEMP TABLE bench_owner ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM app_user WHERE username LIKE 'bench-%';

-- Quizzes 1..50 are the measured user's, the others one per bench user (5 each).
CREATE TEMP TABLE bench_quiz (n INT PRIMARY KEY, id BIGINT) ON COMMIT DROP;
WITH q AS (
  INSERT INTO quiz (owner_id, title, current_version, created_at, updated_at)
  SELECT CASE WHEN g <= 50 THEN :owner ELSE (SELECT id FROM bench_owner WHERE n = g % 100) END,
         'Bench quiz ' || g, 1, now() - interval '60 days', now() - interval '60 days'
  FROM generate_series(1, 550) g
  RETURNING id, title)
INSERT INTO bench_quiz SELECT substring(title FROM 12)::int, id FROM q;
INSERT INTO quiz_key_version (quiz_id, version, key_json, created_at)
SELECT id, 1, '{"title":"Bench quiz","questions":[{"q":1,"prompt":"q1","accepted":["answer 1"],"points":1,"type":"text"},{"q":2,"prompt":"q2","accepted":["answer 2"],"points":1,"type":"text"},{"q":3,"prompt":"q3","accepted":["answer 3"],"points":1,"type":"text"},{"q":4,"prompt":"q4","accepted":["answer 4"],"points":1,"type":"text"},{"q":5,"prompt":"q5","accepted":["answer 5"],"points":1,"type":"text"},{"q":6,"prompt":"q6","accepted":["answer 6"],"points":1,"type":"text"},{"q":7,"prompt":"q7","accepted":["answer 7"],"points":1,"type":"text"},{"q":8,"prompt":"q8","accepted":["answer 8"],"points":1,"type":"text"},{"q":9,"prompt":"q9","accepted":["answer 9"],"points":1,"type":"text"},{"q":10,"prompt":"q10","accepted":["answer 10"],"points":1,"type":"text"}]}',
       now() - interval '60 days' FROM bench_quiz;

-- Job g: every fifth is the measured user's; one in ten is a grading job; a job every 30 s
-- going back ~35 days; mostly completed, some failed or cancelled, the newest few still open.
INSERT INTO job (id, job_type, owner_id, quiz_id, source_job_id, status, progress, current_step,
                 total_items, done_items, failed_items, revision, created_at, started_at,
                 completed_at, processing_ms, error)
SELECT md5('bench-job-' || g)::uuid,
       CASE WHEN g % 10 = 0 THEN 'grading' ELSE 'upload' END,
       CASE WHEN g % 5 = 0 THEN :owner ELSE (SELECT id FROM bench_owner WHERE n = g % 100) END,
       NULL, NULL,
       CASE WHEN g > 99990 THEN 'queued' WHEN g % 97 = 0 THEN 'failed'
            WHEN g % 89 = 0 THEN 'cancelled' ELSE 'completed' END,
       CASE WHEN g > 99990 THEN 0 ELSE 100 END,
       NULL, 10,
       CASE WHEN g > 99990 THEN 0 ELSE 10 END, 0, 3,
       now() - (100001 - g) * interval '30 seconds',
       CASE WHEN g > 99990 THEN NULL ELSE now() - (100001 - g) * interval '30 seconds' END,
       CASE WHEN g > 99990 THEN NULL ELSE now() - (100001 - g) * interval '30 seconds' + interval '4 seconds' END,
       CASE WHEN g > 99990 THEN NULL ELSE 3000 + g % 2000 END,
       NULL
FROM generate_series(1, 100000) g;

INSERT INTO job_image (id, job_id, position, filename, content_type, size_bytes, sha256, width,
                       height, status, attempts, error, ocr_text, confidence, question_count,
                       reading, processing_ms, started_at, completed_at, retries)
SELECT g, md5('bench-job-' || ((g - 1) / 10 + 1))::uuid, (g - 1) % 10 + 1,
       'sheet_' || g || '.png', 'image/png', 20000, md5('bench-image-' || g) || md5('x' || g),
       1240, 1754,
       CASE WHEN g > 999900 THEN 'queued' ELSE 'completed' END, 1, NULL,
       CASE WHEN g > 999900 THEN NULL ELSE '1. Paris 2. 42 3. Photosynthesis' END,
       CASE WHEN g > 999900 THEN NULL ELSE 91.5 END,
       CASE WHEN g > 999900 THEN NULL ELSE 3 END,
       NULL,
       CASE WHEN g > 999900 THEN NULL ELSE 400 + g % 300 END,
       CASE WHEN g > 999900 THEN NULL ELSE now() - (100001 - (g - 1) / 10 - 1) * interval '30 seconds' END,
       CASE WHEN g > 999900 THEN NULL ELSE now() - (100001 - (g - 1) / 10 - 1) * interval '30 seconds' + interval '1 second' END,
       0
FROM generate_series(1, 1000000) g;
SELECT setval(pg_get_serial_sequence('job_image', 'id'), 1000000);

INSERT INTO image_data (image_id, bytes)
SELECT g, decode(md5('bench-bytes-' || g), 'hex') FROM generate_series(900001, 1000000) g;

-- Submission s grades image s into quiz (s % 550): 200 per quiz, 10 answers each.
INSERT INTO submission (id, quiz_id, image_id, job_id, key_version, student_name, student_id,
                        score, max_score, needs_review, graded_at)
SELECT s, (SELECT id FROM bench_quiz WHERE n = s % 550 + 1), s,
       md5('bench-job-' || ((s - 1) / 10 + 1))::uuid, 1, 'Student ' || s, 'S' || s,
       s % 11, 10, s % 7 = 0, now() - interval '30 days'
FROM generate_series(1, 100000) s;
SELECT setval(pg_get_serial_sequence('submission', 'id'), 100000);

INSERT INTO submission_answer (submission_id, q, text_read, confidence, correct, points,
                               needs_review, review_reason)
SELECT s, q, 'answer ' || q, 0.9, (s + q) % 3 <> 0, CASE WHEN (s + q) % 3 <> 0 THEN 1 ELSE 0 END,
       (s + q) % 29 = 0, CASE WHEN (s + q) % 29 = 0 THEN 'low_confidence' END
FROM generate_series(1, 100000) s, generate_series(1, 10) q;

COMMIT;
VACUUM ANALYZE;
