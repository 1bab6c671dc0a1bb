"""Provider registries: name -> factory. Nothing outside this package imports a provider SDK."""

from __future__ import annotations

from secops.providers.chat import CHATS, ChatModel, FakeScript, get_chat_model
from secops.providers.embeddings import EMBEDDERS, Embedder, get_embedder
from secops.providers.registry import Registry

__all__ = ["CHATS", "EMBEDDERS", "ChatModel", "Embedder", "FakeScript", "Registry", "get_chat_model", "get_embedder"]
