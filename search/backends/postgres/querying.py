"""search.contract's ParsedQuery and filters as PostgreSQL tsquery text and SQL conditions.

Each term's runs must occur as phrases (<->) of their gram terms in `document`, exactly as the
Whoosh backend matches them in its text field; ranking reads the same phrases (title weight A
above text weight B) and the terms' jieba words in `words`, so a whole word ranks above the
same characters inside a longer word. A lone name or word of three characters or more is
found by its jieba word when that finds the same articles (word_shortcut).
"""

import datetime

from search.analysis import gram_terms, jieba_words
from search.backends.postgres.documents import quoted
from search.contract import ParsedQuery, Term
from search.terms import phrase_text


def _phrase(tokens: list[str]) -> str:
    return "(" + " <-> ".join(map(quoted, tokens)) + ")"


def _all(parts: list[str], joiner: str = " & ") -> str:
    return "(" + joiner.join(parts) + ")"


def term_query(term: Term) -> str:
    return _all([_phrase(gram_terms(run)) for run in term])


def match_query(parsed: ParsedQuery) -> str:
    """Every clause (an OR of terms) and none of the excluded terms; "" matches everything."""
    parts = [_all([term_query(t) for t in clause], " | ") for clause in parsed.clauses]
    parts += [f"!{term_query(t)}" for t in parsed.excluded]
    return " & ".join(parts)


def word_shortcut(parsed: ParsedQuery) -> tuple[str, str] | None:
    """For a query that is one run of three CJK characters or more (a name, a word):
    (its text as a `words` query, the AND of its bigrams); else None.

    Every article whose jieba words hold the run has its bigrams, and every phrase match has
    them too; so when as many articles hold the word as hold the bigrams, the word finds
    exactly the phrase's matches, from its index alone, without reading each candidate's
    `document` to check the bigrams' positions (backend.PostgresSearchBackend._search).
    (Past a bigram's 256 kept positions the word still finds the article, the phrase not.)
    """
    if parsed.excluded or len(parsed.clauses) != 1 or len(parsed.clauses[0]) != 1:
        return None
    term = parsed.clauses[0][0]
    if len(term) != 1 or len(term[0]) < 3 or not all(u.cjk for u in term[0]):
        return None
    return quoted(phrase_text(term[0])), _all([quoted(gram) for gram in gram_terms(term[0])])


def rank_queries(parsed: ParsedQuery) -> tuple[str, str]:
    """(gram query, word query) of the positive terms, any of them: what ranking counts."""
    terms = parsed.positive_terms()
    grams = " | ".join(term_query(t) for t in terms)
    words = []
    for term in terms:
        chains = [[w for w, _, _ in jieba_words(phrase_text(run))] for run in term]
        chains = [chain for chain in chains if chain]
        if chains:
            words.append(_all([_phrase(chain) for chain in chains]))
    return grams, " | ".join(words)


def lone_gram(parsed: ParsedQuery) -> str | None:
    """The query's one token, when it is a lone term of one gram (a character, a word of two
    CJK characters, a word of letters or digits) with nothing excluded; else None. Then a
    title ranks above the others' exactly when it holds the token, and one that holds it is
    a match (`title` is `document`'s title positions), with no `document` to read; and the
    matches are the rows whose `document` holds that lexeme (counted for the commonest:
    models.TokenCount)."""
    if parsed.excluded or len(parsed.clauses) != 1 or len(parsed.clauses[0]) != 1:
        return None
    term = parsed.clauses[0][0]
    tokens = gram_terms(term[0]) if len(term) == 1 else []
    return tokens[0] if len(tokens) == 1 else None


def lone_token(parsed: ParsedQuery) -> str | None:
    """lone_gram as tsquery text."""
    gram = lone_gram(parsed)
    return None if gram is None else quoted(gram)


def filter_sql(filters: dict[str, str]) -> tuple[list[str], list]:
    """Validated filters (search.contract; place: any of its codes; from/to: ISO dates,
    inclusive) as SQL conditions."""
    conditions = {
        "place": ("d.places && %s::varchar[]", list),  # any of the codes
        "person": ("d.persons @> ARRAY[%s]::varchar[]", str),
        "kind": ("d.kind = %s", str),
        "year": ("d.year_month LIKE %s", lambda year: f"{year}-%"),
        "month": ("d.year_month = %s", str),
        "from": ("d.date >= %s", datetime.date.fromisoformat),
        "to": ("d.date <= %s", datetime.date.fromisoformat),
    }
    unknown = set(filters) - set(conditions)
    if unknown:
        raise ValueError(f"filters this backend does not know: {sorted(unknown)}")
    sql, params = [], []
    for name, value in filters.items():
        condition, convert = conditions[name]
        sql.append(condition)
        params.append(convert(value))
    return sql, params
