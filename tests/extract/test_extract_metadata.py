from __future__ import annotations

from datetime import date

import pytest

from silang.extract.metadata import normalise_published, outlet_from_url, outlet_key, url_date


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2024-03-13", "2024-03-13"),
        ("2024-03-13T10:15:00+07:00", "2024-03-13T10:15:00+07:00"),
        ("2024-03-13T03:15:00Z", "2024-03-13T03:15:00+00:00"),
        ("Wed, 13 Mar 2024 10:15:00 +0700", "2024-03-13T10:15:00+07:00"),
        ("2024-02-30", None),
        ("kemarin sore", None),
        ("", None),
        (None, None),
    ],
)
def test_metadata_published_is_normalised_to_iso(given: str | None, expected: str | None) -> None:
    assert normalise_published(given) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.kabarnusa.com/berita/1", "kabarnusa.com"),
        ("https://m.wartasari.id/a", "wartasari.id"),
        ("not a url", None),
        (None, None),
    ],
)
def test_metadata_outlet_from_url_is_the_bare_host(url: str | None, expected: str | None) -> None:
    assert outlet_from_url(url) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://en.kabarnusa.com/news/2024/03/14/volunteers-say", date(2024, 3, 14)),
        ("https://news.example.id/read/2024/3/5/12345/banjir", date(2024, 3, 5)),
        ("https://x.example/2024/03/14.html", date(2024, 3, 14)),
        ("https://www.beritaviral24.net/2024/03/air-bah.html", None),
        ("https://x.example/2024/02/30/slug", None),
        ("https://x.example/berita/12345/2024", None),
        (None, None),
    ],
)
def test_metadata_url_date_is_the_day_in_the_path(url: str | None, expected: date | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("names", "same"),
    [
        (("KABARNUSA.com", "Kabarnusa.com", "www.kabarnusa.com"), True),
        (("REPUBLIKA.CO.ID", "Republika.co.id"), True),
        (("Warta Sari", "wartasari"), True),
        (("NNA", "Kabarnusa.com"), False),
    ],
)
def test_metadata_outlet_key_matches_spellings_of_one_outlet(
    names: tuple[str, ...], same: bool
) -> None:
    keys = {outlet_key(name) for name in names}
    assert (len(keys) == 1) is same
