"""Context variables (PEP 567), as CPython's: the native `_contextvars` re-exported.

Each thread has its own current context; a new thread starts with an empty one (3.11).
`Context.run` claims a context for one thread at a time (RuntimeError "is already
entered" otherwise, from any thread). Differences from CPython: `Context.keys()`,
`values()` and `items()` return lists (CPython returns views of its HAMT), and iteration
follows the order variables were first set (CPython's HAMT order is by hash).
"""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ("Context", "ContextVar", "Token", "copy_context")
