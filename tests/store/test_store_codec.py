from __future__ import annotations

import pytest

from silang.model import Annotated, Article, RunSummary
from silang.model import Rejection as Rej
from silang.store import codec

from records import make_annotated, make_article


def test_codec_round_trips_nested_records() -> None:
    article = make_article()
    assert codec.loads(Article, codec.dumps(article)) == article


def test_codec_keeps_tuples_as_tuples() -> None:
    summary = RunSummary("r", 3, 1, 1, 0, (Rej("x", "bad"),))
    again = codec.loads(RunSummary, codec.dumps(summary))
    assert again == summary
    assert isinstance(again.rejected, tuple)


def test_codec_build_takes_given_fields_as_objects() -> None:
    annotated = make_annotated()
    data = codec.to_jsonable(annotated)
    data.pop("article")
    assert codec.build(Annotated, data, article=annotated.article) == annotated


def test_codec_refuses_non_records() -> None:
    with pytest.raises(TypeError, match="dataclass instance"):
        codec.dumps({"a": 1})
