"""Fixtures for the knowledge tests: a small fixture knowledge base and a counting embedder."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from secops.providers.embeddings import OfflineEmbedder

if TYPE_CHECKING:
    from secops.providers.embeddings import Matrix

ASSETS = Path(__file__).resolve().parent / "assets"


class CountingEmbedder:
    """The offline embedder, counting calls and texts; `fail_after` makes it raise mid-run."""

    def __init__(self, dimensions: int = 512, model: str = "hashing-v1", fail_after: int | None = None) -> None:
        self._inner = OfflineEmbedder(dimensions=dimensions)
        self.provider = "offline"
        self.model = model
        self.calls = 0
        self.texts = 0
        self.fail_after = fail_after

    @property
    def dimensions(self) -> int:
        return self._inner.dimensions

    def embed(self, texts: Sequence[str]) -> Matrix:
        if self.fail_after is not None and self.calls >= self.fail_after:
            from secops.errors import ProviderError

            raise ProviderError("embedding service went away", hint="retry")
        self.calls += 1
        self.texts += len(texts)
        return self._inner.embed(texts)

    def reset(self) -> None:
        self.calls = 0
        self.texts = 0


@pytest.fixture(scope="session")
def assets() -> Path:
    return ASSETS


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    """A writable copy of the fixture knowledge base."""
    target = tmp_path / "kb"
    shutil.copytree(ASSETS / "kb", target)
    return target


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ASSETS / "rules", target)
    return target


@pytest.fixture
def index_dir(tmp_path: Path) -> Path:
    return tmp_path / "index"


@pytest.fixture
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture
def make_embedder() -> type[CountingEmbedder]:
    return CountingEmbedder
