"""Telling coroutines and coroutine functions apart."""

__all__ = ("iscoroutinefunction", "iscoroutine")

import inspect

_is_coroutine = object()


def iscoroutinefunction(func):
    """Whether func is a coroutine function (an `async def`)."""
    return (inspect.iscoroutinefunction(func) or
            getattr(func, "_is_coroutine", None) is _is_coroutine)


async def _probe():
    pass


_c = _probe()
_CoroutineType = type(_c)
_c.close()
del _c


def iscoroutine(obj):
    """Whether obj is a coroutine object."""
    if type(obj) is _CoroutineType:
        return True
    t = type(obj)
    return (hasattr(t, "send") and hasattr(t, "throw") and hasattr(t, "close")
            and hasattr(t, "__await__"))
