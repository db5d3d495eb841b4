"""Disjoint sets (union-find) over any hashable items: the one grouping structure the
stages share (figures into slots, sources by name, origins by copied passage, story units by
shared passage, articles by must-link)."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Items join into groups; an item never seen is a group of its own."""

    def __init__(self) -> None:
        self._parent: dict[T, T] = {}

    def find(self, item: T) -> T:
        """The item that stands for ``item``'s group."""
        parent = self._parent
        parent.setdefault(item, item)
        while parent[item] != item:
            # Path halving: later finds along this chain take half the steps.
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, item: T, into: T) -> None:
        """Merge ``item``'s group into ``into``'s: ``into``'s representative stands for both."""
        root, target = self.find(item), self.find(into)
        if root != target:
            self._parent[root] = target
