-- Documents (press releases, situation updates, advisories) and the
-- incidents drafted from them. Each document is one version of one incident:
-- the first drafts it, later ones are situation updates linked to it, with
-- what they changed. See docs/formats/documents.md.

CREATE TABLE documents (
  digest      TEXT PRIMARY KEY REFERENCES source_files(digest),  -- of the file's bytes
  name        TEXT NOT NULL,              -- the name the file was given as
  text        TEXT NOT NULL,              -- the decoded UTF-8 text the facts were read from
  language    TEXT NOT NULL,              -- fi, sv or en
  ingested_at INTEGER NOT NULL,           -- Unix seconds
  incident_id TEXT NOT NULL REFERENCES incidents(id),
  version     INTEGER NOT NULL,           -- 1 drafted the incident; 2.. updated it
  changes     TEXT NOT NULL               -- JSON array of {fact, before, after}
);

-- An incident's timeline, in order; one document per version.
CREATE UNIQUE INDEX documents_by_incident ON documents(incident_id, version);

-- Candidates for linking an update: incidents of one organisation near a time.
CREATE INDEX incidents_by_organization ON incidents(org_name, reported_at);

-- The report counts incidents that are not drafts. With the status in the
-- month index that count is still answered from the index alone (a partial
-- index WHERE status <> 'draft' is not covering in SQLite 3.40: it would read
-- every row). It replaces incidents_by_month, of which it is an extension, so
-- an ingest still writes one month index.
CREATE INDEX incidents_by_month_status ON incidents(month, field, severity, status);
DROP INDEX incidents_by_month;
