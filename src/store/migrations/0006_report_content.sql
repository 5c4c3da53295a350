-- Analyst-written report content: the items of each field section, the
-- top-5 long-term threats, field developments and how-to-report texts of a
-- report month. See docs/formats/content.md. Per-language texts are one JSON
-- object per row, keyed by language code ("fi", "sv", "en"); a language the
-- analyst has not written is absent.

CREATE TABLE content_items (
  id          TEXT PRIMARY KEY,            -- chosen by the analyst
  month       INTEGER NOT NULL,            -- YYYYMM, the report month
  field       TEXT NOT NULL,
  position    INTEGER NOT NULL,            -- order in the field's section
  status      TEXT NOT NULL CHECK (status IN ('draft', 'approved')),
  -- The incident the item writes up. Not a foreign key: content may be
  -- imported before the incident's notification.
  incident_id TEXT,
  texts       TEXT NOT NULL                -- {"fi": {title, bullets, analysis, headline}, ...}
);
CREATE INDEX content_items_by_month ON content_items(month, field, position, id);

CREATE TABLE content_threats (
  month   INTEGER NOT NULL,
  rank    INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 5),
  id      TEXT NOT NULL,                   -- stable from month to month
  metrics TEXT NOT NULL,                   -- JSON array of metric names
  texts   TEXT NOT NULL,                   -- {"fi": {title, description, case}, ...}
  PRIMARY KEY (month, rank),
  UNIQUE (month, id)
);

CREATE TABLE content_developments (
  month    INTEGER NOT NULL,
  position INTEGER NOT NULL,
  id       TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('legislation', 'standard', 'consultation', 'advice')),
  texts    TEXT NOT NULL,                  -- {"fi": {title, text}, ...}
  PRIMARY KEY (month, position),
  UNIQUE (month, id)
);

-- A month's how-to-report text, replacing the shipped default.
CREATE TABLE content_how_to_report (
  month INTEGER PRIMARY KEY,
  texts TEXT NOT NULL                      -- {"fi": {intro, channels}, ...}
);
