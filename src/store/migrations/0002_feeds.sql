-- Machine feeds: the files imported, the counts per bucket (Helsinki month ×
-- field × RSIT class × feed), the identities and hosts behind the counts (so
-- that an event sent twice, or a host seen again in the month, counts once
-- whichever file it comes in), and raw events when retention is on.
-- Identities and hosts are 64-bit hashes (feed/aggregator.hpp).

CREATE TABLE feed_files (
  digest      TEXT PRIMARY KEY,      -- content digest of the file's bytes
  name        TEXT NOT NULL,         -- the name the file was given as
  bytes       INTEGER NOT NULL,
  sightings   INTEGER NOT NULL,      -- constituency events in the file
  counted     INTEGER NOT NULL,      -- of those, events not counted before
  imported_at INTEGER NOT NULL       -- Unix seconds
);

CREATE TABLE feed_counts (
  id            INTEGER PRIMARY KEY,
  month         INTEGER NOT NULL,    -- Helsinki month of time.source, YYYYMM
  field         TEXT NOT NULL,       -- one of the six field ids
  rsit_taxonomy TEXT NOT NULL,
  rsit_type     TEXT NOT NULL,
  feed          TEXT NOT NULL,       -- feed.name
  events        INTEGER NOT NULL,    -- distinct events
  hosts         INTEGER NOT NULL,    -- distinct source hosts
  UNIQUE (month, field, rsit_taxonomy, rsit_type, feed)
);

-- Every event counted, by month first so that old months can be dropped
-- as a range.
CREATE TABLE feed_event_ids (
  month    INTEGER NOT NULL,
  identity INTEGER NOT NULL,
  PRIMARY KEY (month, identity)
) WITHOUT ROWID;

-- The distinct hosts of each count. No foreign key: it would cost a lookup
-- per insert, and rows are only written together with their count.
CREATE TABLE feed_hosts (
  count_id INTEGER NOT NULL,
  host     INTEGER NOT NULL,
  PRIMARY KEY (count_id, host)
) WITHOUT ROWID;

-- Raw events (IntelMQ JSON), kept only when a retention period is set.
CREATE TABLE feed_raw_events (
  id          INTEGER PRIMARY KEY,
  time_source INTEGER NOT NULL,      -- Unix seconds: retention counts from it
  count_id    INTEGER NOT NULL,
  identity    INTEGER NOT NULL,
  source_file TEXT NOT NULL,         -- feed_files.digest
  event       TEXT NOT NULL
);
CREATE INDEX feed_raw_events_by_time ON feed_raw_events(time_source);
