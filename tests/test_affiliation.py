"""The affiliation a role names: role text and the article's entities -> country or organisation."""

from __future__ import annotations

import pytest

from quotes.attribute.affiliation import affiliation_of

ENTITIES = [("Kremlin", "ORG"), ("Acme", "ORG"), ("Turkish", "NORP"), ("Turkey", "GPE"), ("Jane Roe", "PERSON"),
            ("Care Workers'", "ORG"), ("Westbridge", "GPE"), ("Safer Odds", "PERSON"), ("Tom Price", "PERSON")]


@pytest.mark.parametrize("role, expected", [
    ("Kremlin spokesman", "Kremlin"),
    ("Turkish Foreign Minister", "Turkey"),
    ("Acme chief executive", "Acme"),
    ("NATO spokesman", "NATO"),
    ("Ukraine’s first deputy foreign minister", "Ukraine"),
    # a possessor of several words; not a person, nor a word inside a body's name
    ("Halden Health's president", "Halden Health"),
    ("Jane Roe's lawyer", None),
    ("Roe's daughter", None),
    ("Security and Defense Council Secretary", "Security and Defense Council"),
    # a capital that only opens the title names no body
    ("Central bank governor", None),
    ("Energy Minister", None),
    ("Opposition Leader", None),
    ("Sen.", None),
    (None, None),
    # a body's whole name after 'of', 'for', 'at' or 'with', where the recogniser cut it short ...
    ("general secretary of the Care Workers' Alliance", "Care Workers' Alliance"),
    ("MP for Westbridge and Hale", "Westbridge and Hale"),
    # ... or any name a noun for a body sets beside it, whatever the recogniser took it for
    ("founder of the charity Safer Odds", "Safer Odds"),
    ("spokesman for the campaign group Rivers First", "Rivers First"),
    # but not an office's holder
    ("spokeswoman for Prime Minister Tom Price", None),
    ("aide to Jane Roe", None),
])
def test_affiliation_of_a_role(role, expected):
    assert affiliation_of(role, ENTITIES) == expected
