-- Pruning (`kybersaa feed prune`): the identities and hosts behind the feed
-- counts of old months may be dropped to bound the store's growth; the
-- counts stay. A pruned month is closed: events of it in later imports are
-- not counted, as they could no longer be told from events counted before.
CREATE TABLE feed_pruned (
  id     INTEGER PRIMARY KEY CHECK (id = 1),
  before INTEGER NOT NULL CHECK (before BETWEEN 100001 AND 999912)  -- YYYYMM
);
