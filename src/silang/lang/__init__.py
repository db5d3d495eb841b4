"""Language packs (data) and language identification."""

from silang.lang.base import SUPPORTED, LanguagePack, load_pack

__all__ = ["SUPPORTED", "LanguagePack", "load_pack"]
