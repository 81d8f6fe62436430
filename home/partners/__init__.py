"""The partner space: partner-only documents, the members' directory and the discussion lists."""
