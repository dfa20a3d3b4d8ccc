"""The Whoosh backend: schema and analyzers, query building, facets; everything Whoosh-specific.

ENGINE: search.backends.whoosh.backend.ArchiveWhooshEngine. Another engine (OpenSearch, Solr)
needs only its own package here implementing search.contract, or none (haystack's API is used).
"""
