"""A name -> factory registry. Embedders live in `embeddings.py`, chat models in `chat.py`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from secops.errors import ProviderError

T = TypeVar("T")


@dataclass(frozen=True)
class Entry(Generic[T]):
    name: str
    factory: Callable[..., T]
    options: type[BaseModel] | None  # validates keyword options (extra="forbid") before the factory runs
    description: str


class Registry(Generic[T]):
    """Providers of one kind (`embedding`, `chat`...), created by name with validated options."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, Entry[T]] = {}

    def register(
        self,
        name: str,
        factory: Callable[..., T],
        *,
        options: type[BaseModel] | None = None,
        description: str = "",
    ) -> None:
        self._entries[name] = Entry(name, factory, options, description)

    def unregister(self, name: str) -> None:
        self._entries.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def entry(self, name: str) -> Entry[T]:
        try:
            return self._entries[name]
        except KeyError:
            raise ProviderError(
                f"unknown {self.kind} provider {name!r}",
                hint=f"choose one of: {', '.join(self.names())}",
            ) from None

    def create(self, name: str, **options: Any) -> T:
        """Build provider `name`; unknown names and bad options are ProviderErrors with a fix."""
        entry = self.entry(name)
        given = {key: value for key, value in options.items() if value is not None}
        if entry.options is not None:
            try:
                given = entry.options.model_validate(given).model_dump(exclude_unset=True)
            except ValidationError as exc:
                error = exc.errors()[0]
                key = ".".join(str(part) for part in error["loc"]) or "(options)"
                message = "unknown option" if error["type"] == "extra_forbidden" else error["msg"]
                allowed = ", ".join(entry.options.model_fields)
                raise ProviderError(
                    f"bad option {key!r} for {self.kind} provider {name!r}: {message}",
                    hint=f"{name} accepts: {allowed or 'no options'}",
                ) from exc
        return entry.factory(**given)

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self._entries)
