"""Search engine backends: HAYSTACK_CONNECTIONS' ENGINE names one (search.backends.whoosh)."""
