-- H2 only (SchemaMigrator adds db/h2 when the database is H2). A BYTEA value is stored inside its
-- row, and H2 keeps every uncommitted row in the heap until the transaction commits: two uploads
-- of ten 19 MiB sheets at once ran the server out of heap and H2 closed the database for good.
-- A large object is written to H2's LOB store in small blocks as it arrives, so an upload's bytes
-- no longer have to fit in the heap. PostgreSQL's BYTEA is stored out of line already (TOAST).
ALTER TABLE image_data ALTER COLUMN bytes SET DATA TYPE BINARY LARGE OBJECT;
