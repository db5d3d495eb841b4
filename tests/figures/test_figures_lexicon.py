"""The figures lexicon: every supported language has one, built from consistent data."""

from __future__ import annotations

import pytest

from silang.errors import UnsupportedLanguage
from silang.lang.base import SUPPORTED
from silang.lang.figures import load_figures_lexicon


@pytest.mark.parametrize("language", SUPPORTED)
def test_figures_lexicon_loads_for_every_supported_language(language: str) -> None:
    lexicon = load_figures_lexicon(language)
    assert lexicon.code == language
    assert lexicon.decimal != lexicon.group


def test_figures_lexicon_refuses_an_unknown_language() -> None:
    with pytest.raises(UnsupportedLanguage):
        load_figures_lexicon("xx")


@pytest.mark.parametrize("language", SUPPORTED)
def test_figures_lexicon_forms_point_at_known_lemmas(language: str) -> None:
    lexicon = load_figures_lexicon(language)
    lemmas = {key for key in lexicon.counted.entries}
    assert all(tuple(lemma.split()) in lemmas for lemma in lexicon.counted_forms.values())


@pytest.mark.parametrize("language", SUPPORTED)
def test_figures_lexicon_classes_agree_across_languages(language: str) -> None:
    # A class named in one pack must exist in the other, or figures in two languages about
    # the same thing could never be compared.
    mine = {c.cls for c in load_figures_lexicon(language).counted.entries.values()}
    others = {
        c.cls
        for code in SUPPORTED
        if code != language
        for c in load_figures_lexicon(code).counted.entries.values()
    }
    shared = {"person", "personnel", "house", "vehicle", "household", "evacuee", "soldier"}
    assert shared <= mine and shared <= others
