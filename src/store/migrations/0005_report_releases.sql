-- The report lifecycle: a month's report is a draft until an analyst marks
-- it reviewed, then published. A month without a row is a draft with the
-- default TLP. Publishing stores the report's files, which are from then on
-- what the report is: later data never changes them.

CREATE TABLE report_releases (
  month        INTEGER PRIMARY KEY,    -- YYYYMM, the report month
  state        TEXT NOT NULL CHECK (state IN ('draft', 'reviewed', 'published')),
  tlp          TEXT NOT NULL CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red')),
  reviewed_at  INTEGER,                -- Unix seconds
  published_at INTEGER                 -- Unix seconds
);

-- A published report's files: one per language and format, byte for byte.
CREATE TABLE report_files (
  month    INTEGER NOT NULL REFERENCES report_releases(month),
  language TEXT NOT NULL,              -- fi, sv, en
  format   TEXT NOT NULL,              -- html, json, md, pdf
  bytes    BLOB NOT NULL,
  digest   TEXT NOT NULL,              -- base::content_digest of bytes
  PRIMARY KEY (month, language, format)
);
