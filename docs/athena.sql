-- Athena table over the secops run history in S3 (`secops scan --history s3://BUCKET/PREFIX`).
-- Layout: s3://BUCKET/PREFIX/repo=<owner%2Fname>/date=<YYYY-MM-DD>/<time>-<run id>.jsonl, one run per object,
-- one JSON line per run (docs/visibility.md, "Record schema"). Replace BUCKET/PREFIX below.
--
-- The repository is both a partition (`repo`, percent-encoded in the path: acme%2Fshop) and a field of every
-- record, exposed here as `repo_name` (exact: acme/shop). Filter on `repo` to prune partitions, read `repo_name`.

CREATE EXTERNAL TABLE IF NOT EXISTS secops_runs (
  schema_version int,
  run_id         string,
  `time`         string,   -- ISO 8601 UTC, e.g. 2026-11-28T08:41:47Z
  repo_name      string,   -- the record's "repo" field (see mapping below)
  `commit`       string,
  branch         string,
  pr             int,      -- null unless the run was for a pull request
  default_branch string,
  mode           string,   -- full | diff | staged
  command        string,   -- scan | ci-github
  tool_version   string,
  rules_version  string,
  kb_version     string,
  gate           string,   -- pass | fail
  findings       array<struct<
                   fingerprint: string,
                   rule:        string,
                   severity:    string,   -- critical | high | medium | low | info
                   verdict:     string,   -- true_positive | false_positive | needs_review
                   decided_by:  string,   -- offline | llm:<model> | memory | human | none
                   suppression: string,   -- null | inline | baseline | policy | triage
                   path:        string>>
)
PARTITIONED BY (repo string, `date` string)
ROW FORMAT SERDE 'org.openx.data.jsonserde.JsonSerDe'
WITH SERDEPROPERTIES (
  'ignore.malformed.json' = 'true',
  'mapping.repo_name' = 'repo'
)
LOCATION 's3://BUCKET/PREFIX/';

-- Load the partitions written so far (re-run after new repositories or days appear, or schedule it):
MSCK REPAIR TABLE secops_runs;

-- Alternative to MSCK: partition projection on the date (the repository must then be given in every query,
-- percent-encoded as in the path: WHERE repo = 'acme%2Fshop'). Add to the CREATE TABLE above:
-- TBLPROPERTIES (
--   'projection.enabled' = 'true',
--   'projection.repo.type' = 'injected',
--   'projection.date.type' = 'date',
--   'projection.date.format' = 'yyyy-MM-dd',
--   'projection.date.range' = '2025-01-01,NOW',
--   'projection.date.interval' = '1',
--   'projection.date.interval.unit' = 'DAYS',
--   'storage.location.template' = 's3://BUCKET/PREFIX/repo=${repo}/date=${date}/'
-- );


-- Example: noise by rule over the last 90 days (distinct findings, each judged by its latest report).
WITH latest AS (
  SELECT repo_name, f.fingerprint, f.rule, f.suppression,
         row_number() OVER (PARTITION BY repo_name, f.fingerprint ORDER BY "time" DESC) AS n
  FROM secops_runs CROSS JOIN UNNEST(findings) AS t (f)
  WHERE "date" >= cast(current_date - INTERVAL '90' DAY AS varchar)
)
SELECT rule,
       count(*) AS findings,
       count_if(suppression IS NOT NULL) AS suppressed,
       round(1.0 * count_if(suppression IS NOT NULL) / count(*), 3) AS noise_rate
FROM latest
WHERE n = 1
GROUP BY rule
ORDER BY suppressed DESC
LIMIT 20;

-- Example: open findings by severity on each repository's latest default-branch full scan.
WITH tracking AS (
  SELECT *, row_number() OVER (PARTITION BY repo_name ORDER BY "time" DESC) AS n
  FROM secops_runs
  WHERE mode = 'full' AND pr IS NULL AND (default_branch IS NULL OR branch = default_branch)
)
SELECT repo_name, f.severity, count(*) AS open_findings
FROM tracking CROSS JOIN UNNEST(findings) AS t (f)
WHERE n = 1 AND f.suppression IS NULL
GROUP BY repo_name, f.severity
ORDER BY repo_name, open_findings DESC;

-- Example: when each fingerprint was first detected (the SLA clock, SEC-VULN-3).
SELECT repo_name, f.fingerprint, f.rule, min(from_iso8601_timestamp("time")) AS first_seen
FROM secops_runs CROSS JOIN UNNEST(findings) AS t (f)
GROUP BY repo_name, f.fingerprint, f.rule;
