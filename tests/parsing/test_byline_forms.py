"""Every row of the byline forms table: its pattern finds its example, and the parser's public
reader gives the credits the row says, names and roles, nothing more."""

import re

import pytest

from archive.parsing.byline_forms import FORMS, READERS


@pytest.mark.parametrize("form", FORMS, ids=[f.name for f in FORMS])
def test_each_byline_form_gives_its_credits(form):
    assert re.search(form.pattern, form.example), "the row's pattern misses its own example"
    credits = READERS[form.reader](form.example) or []
    assert [(c.name, c.role) for c in credits] == list(form.credits)


def test_every_form_has_a_name_of_its_own():
    assert len({f.name for f in FORMS}) == len(FORMS)
