"""One file per revision of the schema, in order (see ``bot/storage/migrations``)."""
