"""Records to JSON and back, driven by the dataclasses' type hints.

The store keeps each stage's output as JSON; decoding rebuilds the frozen dataclasses exactly
(tuples stay tuples, nested records become records again), so a store round-trip is lossless.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import gc
import json
import types
import typing
from collections.abc import Iterator
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

T = TypeVar("T")


def to_jsonable(record: object) -> dict[str, Any]:
    """A dataclass record as plain dicts, lists and scalars (bytes are not supported on purpose):
    what dataclasses.asdict gives, but a tuple field whose hint holds only scalars (a story's
    members, a centroid's term and weight pairs) is kept as it is rather than copied an
    element at a time (asdict deep-copies every string and float: a synthetic stored state of
    20 MiB took 2.2 s of CPU to write with it, 0.69 s without: commit dd5ceac)."""
    if not dataclasses.is_dataclass(record) or isinstance(record, type):
        raise TypeError(f"expected a dataclass instance, got {type(record).__name__}")
    return _record_jsonable(record)


def _record_jsonable(record: Any) -> dict[str, Any]:
    cls: type = type(record)
    hints = _hints(cls)
    return {name: _jsonable(hints.get(name), getattr(record, name)) for name in _field_names(cls)}


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """The record class's field types; none where they cannot be resolved (each value is
    then copied as asdict copies it)."""
    try:
        return _fields_of(cls)[0]
    except (NameError, TypeError):
        return {}


def _jsonable(hint: Any, value: Any) -> Any:
    if value is None or type(value) in _SCALARS:
        return value
    if type(value) is tuple and _scalar_tuple(hint):
        return value  # immutable, of immutable scalars: nothing to copy
    return _plain(value)


def _plain(value: Any) -> Any:
    """What dataclasses.asdict makes of a value (its _asdict_inner)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record_jsonable(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_plain(item) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(item) for item in value)
    if isinstance(value, dict):
        return type(value)((_plain(key), _plain(item)) for key, item in value.items())
    return copy.deepcopy(value)


_SCALARS = frozenset({str, int, float, bool})


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A record class's field names, in order."""
    return tuple(f.name for f in dataclasses.fields(typing.cast(Any, cls)))


@functools.cache
def _scalar_tuple(hint: Any) -> bool:
    """Whether ``hint`` is a tuple (of any length, or fixed) of scalars or of fixed tuples of
    scalars: str, int, float, bool, optional or not."""
    if get_origin(hint) is not tuple:
        return False
    args = [arg for arg in get_args(hint) if arg is not Ellipsis]
    return all(_scalar(arg) or _scalar_tuple(arg) for arg in args)


def _scalar(hint: Any) -> bool:
    if get_origin(hint) in (typing.Union, types.UnionType):
        return all(arg is type(None) or arg in _SCALARS for arg in get_args(hint))
    return hint in _SCALARS


def from_jsonable(cls: type[T], data: Any) -> T:
    """Rebuild a record of type ``cls`` from :func:`to_jsonable` output."""
    return typing.cast(T, _decode(cls, data))


def dumps(record: object) -> str:
    """Compact, key-sorted JSON of a dataclass record."""
    return json.dumps(to_jsonable(record), ensure_ascii=False, sort_keys=True)


def loads(cls: type[T], payload: str) -> T:
    """Rebuild a record of type ``cls`` from :func:`dumps` output, with the cyclic garbage
    collector paused: decoding makes containers by the hundred thousand and no cycle, and
    the collections their count sets off walk the objects the process holds, the more so as
    a run holds more articles (the story stage's start at 60k articles, bench/cluster.py:
    1.94 s with them, 0.65 s without, most of it this JSON)."""
    with _collector_paused():
        return from_jsonable(cls, json.loads(payload))


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector where it ran (leave it off where it was off); the
    objects made meanwhile are collected as usual once it runs again."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


@functools.cache
def _fields_of(cls: type) -> tuple[dict[str, Any], frozenset[str]]:
    """A record class's resolved field types and field names, read once per class:
    get_type_hints re-evaluates every annotation string on each call, and a store of 1M
    articles decodes some 150,000 story records (bench/cluster.py: store read 81 -> 21 s CPU)."""
    names = frozenset(f.name for f in dataclasses.fields(typing.cast(Any, cls)))
    return get_type_hints(cls), names


@functools.cache
def _as_is(hint: Any) -> bool:
    """Whether :func:`_decode` gives a JSON value of ``hint`` back unchanged (a string, a
    number, a literal, an optional one): a tuple of such values is then made in one step
    rather than an element at a time (a stored state's story centroids are some 100,000
    pairs of a term and a weight: bench/cluster.py, state round trip at 20k articles)."""
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in get_args(hint) if arg is not type(None)]
        return len(options) != 1 or _as_is(options[0])
    if origin in (tuple, frozenset):
        return False
    return not (isinstance(hint, type) and dataclasses.is_dataclass(hint))


@functools.cache
def _tuple_as_is(hint: Any) -> bool:
    """Whether ``hint`` is a tuple of fixed length whose items :func:`_as_is` holds for (a
    centroid's term and weight)."""
    args = get_args(hint)
    return get_origin(hint) is tuple and Ellipsis not in args and all(map(_as_is, args))


def _decode(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in get_args(hint) if arg is not type(None)]
        return _decode(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        args = get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            if _as_is(args[0]):
                return tuple(value)
            if _tuple_as_is(args[0]):
                return tuple(map(tuple, value))
            return tuple(_decode(args[0], item) for item in value)
        if len(args) != len(value):
            raise ValueError(f"expected {len(args)} items for {hint}, got {len(value)}")
        if all(_as_is(arg) for arg in args):
            return tuple(value)
        return tuple(_decode(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is frozenset:
        return frozenset(_decode(get_args(hint)[0], item) for item in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        hints, fields = _fields_of(hint)
        kwargs = {
            name: _decode(hints[name], item) for name, item in value.items() if name in fields
        }
        return hint(**kwargs)
    return value


def build(cls: type[T], data: dict[str, Any], **given: Any) -> T:
    """Rebuild a record of type ``cls`` from JSON ``data`` plus fields ``given`` as objects.

    Lets the store keep a stage's own fields apart from the records it points to (an Annotated
    is stored without its Article, which lives in its own table).
    """
    hints, names = _fields_of(typing.cast(type, cls))
    kwargs = {name: _decode(hints[name], value) for name, value in data.items() if name in names}
    kwargs.update(given)
    return cls(**kwargs)
