-- Raw feed events name their file by a small integer, feed_files.id, instead
-- of repeating the file's 64-character digest in every row: a sixth less to
-- write per raw event. SQLite cannot add a primary key to a table, so both
-- tables are rebuilt; files keep their rowid as id, and raw rows keep their
-- id, time, count, identity and event.

CREATE TABLE feed_files_0008 (
  id          INTEGER PRIMARY KEY,
  digest      TEXT NOT NULL UNIQUE,  -- content digest of the file's bytes
  name        TEXT NOT NULL,         -- the name the file was given as
  bytes       INTEGER NOT NULL,
  sightings   INTEGER NOT NULL,      -- constituency events in the file
  counted     INTEGER NOT NULL,      -- of those, events not counted before
  imported_at INTEGER NOT NULL       -- Unix seconds
);
INSERT INTO feed_files_0008(id, digest, name, bytes, sightings, counted, imported_at)
  SELECT rowid, digest, name, bytes, sightings, counted, imported_at FROM feed_files
  ORDER BY rowid;
DROP TABLE feed_files;
ALTER TABLE feed_files_0008 RENAME TO feed_files;

-- Raw events (IntelMQ JSON), kept only when a retention period is set.
-- Every raw row was written in the same transaction as its file's row; a
-- row without one would fail the NOT NULL below rather than be lost.
CREATE TABLE feed_raw_events_0008 (
  id          INTEGER PRIMARY KEY,
  time_source INTEGER NOT NULL,      -- Unix seconds: retention counts from it
  count_id    INTEGER NOT NULL,
  identity    INTEGER NOT NULL,
  file_id     INTEGER NOT NULL,      -- feed_files.id (no foreign key: a lookup per insert)
  event       TEXT NOT NULL
);
INSERT INTO feed_raw_events_0008(id, time_source, count_id, identity, file_id, event)
  SELECT r.id, r.time_source, r.count_id, r.identity, f.id, r.event
  FROM feed_raw_events r LEFT JOIN feed_files f ON f.digest = r.source_file
  ORDER BY r.id;
DROP TABLE feed_raw_events;
ALTER TABLE feed_raw_events_0008 RENAME TO feed_raw_events;
-- Retention expiry deletes by time.
CREATE INDEX feed_raw_events_by_time ON feed_raw_events(time_source);
