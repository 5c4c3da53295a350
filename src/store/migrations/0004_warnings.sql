-- Warnings, the CISA KEV catalog and analysts' status overrides.
-- See docs/assessment.md (warnings in force, overrides) and docs/cli.md.

-- A warning, numbered per year ("3/2026"). Warnings are never deleted, and
-- warning_numbers remembers the last number given in each year, so a number
-- is never given twice.
CREATE TABLE warnings (
  year         INTEGER NOT NULL,           -- the year of the issue date
  number       INTEGER NOT NULL CHECK (number >= 1),
  level        TEXT NOT NULL CHECK (level IN ('yellow', 'red')),
  fields       TEXT NOT NULL,              -- field ids, comma-separated, kAllFields order
  title_fi     TEXT NOT NULL,              -- '' when there is no title in the language
  title_sv     TEXT NOT NULL,
  title_en     TEXT NOT NULL,
  issued       TEXT NOT NULL,              -- YYYY-MM-DD
  active_since TEXT NOT NULL,              -- YYYY-MM-DD, on or before issued
  retired      TEXT,                       -- YYYY-MM-DD; NULL while in force
  cves         TEXT NOT NULL,              -- JSON array of CVE ids
  PRIMARY KEY (year, number)
);

-- The warnings in force in a month: issued on or before its last day and not
-- retired on or before its first (ISO dates compare as text).
CREATE INDEX warnings_by_issued ON warnings(issued);

CREATE TABLE warning_numbers (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

-- The CISA Known Exploited Vulnerabilities catalog, one row per CVE, from
-- the newest catalog imported (an older catalog never overwrites a newer).
CREATE TABLE kev_entries (
  cve_id             TEXT PRIMARY KEY,
  vendor_project     TEXT NOT NULL,
  product            TEXT NOT NULL,
  vulnerability_name TEXT NOT NULL,
  date_added         TEXT NOT NULL,        -- YYYY-MM-DD
  known_ransomware   INTEGER NOT NULL CHECK (known_ransomware IN (0, 1)),
  catalog_released   TEXT NOT NULL         -- the catalog's dateReleased it came from
);

-- An analyst's status for a field in a month, replacing what the rules gave.
-- Setting it again replaces it (the latest wins).
CREATE TABLE status_overrides (
  month  INTEGER NOT NULL,                 -- YYYYMM
  field  TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('calm', 'worrying', 'serious')),
  reason TEXT NOT NULL CHECK (reason <> ''),
  set_at INTEGER NOT NULL,                 -- Unix seconds
  PRIMARY KEY (month, field)
);
