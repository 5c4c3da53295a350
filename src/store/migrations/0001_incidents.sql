-- The first schema: incidents, the files they arrived in, and contact
-- persons kept apart so that personal data can be deleted on its own.

CREATE TABLE source_files (
  digest  TEXT PRIMARY KEY,          -- content digest of the file's bytes
  name    TEXT NOT NULL,             -- the name the file was given as
  bytes   INTEGER NOT NULL,
  records INTEGER NOT NULL           -- incidents in the file
);

CREATE TABLE incidents (
  id               TEXT PRIMARY KEY,  -- content-addressed id
  month            INTEGER NOT NULL,  -- Helsinki month reported, YYYYMM
  field            TEXT NOT NULL,     -- one of the six field ids
  severity         INTEGER NOT NULL,  -- 0 low .. 3 critical
  reference        TEXT NOT NULL,
  title            TEXT NOT NULL,
  summary          TEXT NOT NULL,
  rsit_taxonomy    TEXT NOT NULL,
  rsit_type        TEXT NOT NULL,
  org_name         TEXT NOT NULL,
  org_sector       TEXT NOT NULL,
  reported_at      INTEGER NOT NULL,  -- Unix seconds
  detected_at      INTEGER,
  started_at       INTEGER,
  affected_people  INTEGER,
  affected_devices INTEGER,
  personal_data    TEXT NOT NULL,     -- comma-separated kinds, sorted
  status           TEXT NOT NULL,
  tlp              TEXT NOT NULL,
  sources          TEXT NOT NULL,     -- JSON array of strings
  source_file      TEXT NOT NULL REFERENCES source_files(digest)
);

-- Reports read one month (and counts for a year) at a time: this index keeps
-- the report's cost independent of how many years the store holds.
CREATE INDEX incidents_by_month ON incidents(month, field, severity);

CREATE TABLE contacts (
  incident_id TEXT PRIMARY KEY REFERENCES incidents(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  email       TEXT NOT NULL,
  phone       TEXT NOT NULL
);
