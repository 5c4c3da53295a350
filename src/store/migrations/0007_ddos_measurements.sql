-- DDoS measurements of an incident, when its notification gives them: the
-- peak in Gbit/s and the duration in minutes. Both NULL for every other
-- incident. The report's key figures read them per month.

ALTER TABLE incidents ADD COLUMN ddos_peak_gbps REAL;
ALTER TABLE incidents ADD COLUMN ddos_duration_minutes INTEGER;
-- True when the notification carried a "ddos" object (either value may still be NULL).
ALTER TABLE incidents ADD COLUMN has_ddos INTEGER NOT NULL DEFAULT 0;
-- The key figures read the measurements of 24 months: a small partial index
-- that holds them, so the read never visits the incidents' rows.
CREATE INDEX incidents_ddos_by_month
  ON incidents(month, field, id, status, ddos_peak_gbps, ddos_duration_minutes)
  WHERE has_ddos = 1;
