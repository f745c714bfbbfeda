"""Abstract base classes (CPython's `abc`, after its pure-Python `_py_abc`), in Fibra.

Supported: `ABCMeta` (a metaclass: `class C(metaclass=ABCMeta)`), `ABC`,
`abstractmethod` (also under `property`, `classmethod` and `staticmethod`),
`abstractproperty`, `abstractclassmethod`, `abstractstaticmethod`,
`__abstractmethods__`, `update_abstractmethods`, `get_cache_token`, virtual subclasses
(`register`, also as a class decorator), `__subclasshook__`, and `isinstance`/`issubclass`
through `ABCMeta.__instancecheck__`/`__subclasscheck__` with their positive and negative
caches. Instantiating a class that still has abstract methods raises CPython 3.11's
TypeError ("Can't instantiate abstract class Shape with abstract method area"), as
`object.__new__` does in CPython.
Differences: the registry, the caches and the list of subclasses hold strong
references (CPython's hold weak ones), so a class registered with an ABC, or an ABC
subclass, is never freed; `_dump_registry` is not provided.
"""

import _thread

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractproperty", "abstractclassmethod",
           "abstractstaticmethod", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: classes whose metaclass is `ABCMeta` cannot be instantiated
    until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # Fibra's builtin property/classmethod/staticmethod do not derive the flag from the
    # functions they wrap, so look inside.
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, "__isabstractmethod__", False):
                return True
        return False
    if isinstance(value, (classmethod, staticmethod)):
        return getattr(value.__func__, "__isabstractmethod__", False)
    return False


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated alias: `@property` over `@abstractmethod` (a plain `property` here:
    Fibra's `property` cannot be subclassed)."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def abstractclassmethod(callable):
    """Deprecated alias: `@classmethod` over `@abstractmethod`."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """Deprecated alias: `@staticmethod` over `@abstractmethod`."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def _class_attr(cls, name):
    # The raw attribute (not bound through descriptors) as the MRO provides it.
    for klass in cls.__mro__:
        ns = vars(klass)
        if name in ns:
            return True, ns[name]
    return False, None


def _abstracts_of(cls, bases):
    abstracts = set()
    for name, value in vars(cls).items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            found, value = _class_attr(cls, name)
            if found and _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` (after methods were added or replaced)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _abstracts_of(cls, cls.__bases__)
    return cls


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered with any ABC."""
    return ABCMeta._abc_invalidation_counter


class ABCMeta(type):
    """Metaclass for abstract base classes: abstract methods, virtual subclasses
    (`register`) and `__subclasshook__`-driven `isinstance`/`issubclass`."""

    _abc_invalidation_counter = 0
    # `+=` on a shared attribute is a read-modify-write: without the lock two threads
    # registering at once could write back an older count, and a negative cache filled
    # under the newer count would then look current again.
    _abc_invalidation_lock = _thread.allocate_lock()

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, bases)
        cls._abc_registry = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        # What CPython's `type.__subclasses__()` gives `__subclasscheck__`.
        cls._abc_subclasses = []
        for base in bases:
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC. Returns the subclass, so it can be used
        as a class decorator."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # Already a subclass
        # Tested after "already a subclass", so X.register(X) is a no-op.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        with ABCMeta._abc_invalidation_lock:
            ABCMeta._abc_invalidation_counter += 1  # Invalidate negative caches
        return subclass

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_cache = set()
        cls._abc_negative_cache = set()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == ABCMeta._abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        # A real subclass.
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        # A subclass of a registered class (recursive).
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        # A subclass of a subclass (recursive).
        for scls in cls._abc_subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


class ABC(metaclass=ABCMeta):
    """Helper class that has ABCMeta as its metaclass: inherit from it to make an ABC."""
    __slots__ = ()
