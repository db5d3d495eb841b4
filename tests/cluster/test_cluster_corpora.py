"""The evaluation corpora's readers: dates taken from article URLs."""

from __future__ import annotations

import pytest

from silang.cluster.corpora import url_date


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://health.example.com/read/2015/10/23/154341/lele-kanker", "2015-10-23"),
        ("https://example.net/news/20171113/banjir-bandang", "2017-11-13"),
        ("https://example.org/2016-02-24-menelusuri-kebenaran", "2016-02-24"),
        # A month alone is not a day; long numbers are ids, not dates.
        ("http://www.example.com/2015/11/bahaya-lele.html", None),
        ("https://example.com/read/1234201510239876/berita", None),
        ("", None),
    ],
)
def test_cluster_corpora_url_date_reads_the_day_a_path_carries(
    url: str, expected: str | None
) -> None:
    assert url_date(url) == expected
