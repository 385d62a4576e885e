create index ix_organization_path on organization (path);
