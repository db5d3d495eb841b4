"""The store: SQLite as the system of record."""

from silang.store.sqlite import Store

__all__ = ["Store"]
