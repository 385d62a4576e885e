-- Prefix matches on the path use this index under any collation.
create index ix_organization_path on organization (path varchar_pattern_ops);
