"""Abstract base classes (CPython's `abc`, without metaclasses), in Fibra.

Supported: `ABC` as a base class, `abstractmethod` (also under `property`,
`classmethod` and `staticmethod`), `abstractproperty`, `abstractclassmethod`,
`abstractstaticmethod`, `__abstractmethods__` (a frozenset, inherited and recomputed
for every subclass), `update_abstractmethods`, `get_cache_token`. Instantiating a
subclass of `ABC` that still has abstract methods raises CPython's TypeError ("Can't
instantiate abstract class Shape with abstract method area"). The check is made by
`ABC.__init_subclass__` and `ABC.__new__`, so a class that overrides `__new__` must call
`super().__new__`.
Not supported (Fibra has no metaclasses): `class C(metaclass=ABCMeta)` (use `ABC`),
`ABCMeta.register`/`ABC.register` virtual subclasses and `__subclasshook__`-driven
`isinstance` (they raise NotImplementedError).
"""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractproperty", "abstractclassmethod",
           "abstractstaticmethod", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses of `ABC` must override it to be instantiable."""
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


def update_abstractmethods(cls):
    """Recompute `cls.__abstractmethods__` (after methods were added or replaced)."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for name, value in vars(cls).items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, "__abstractmethods__", ()):
            found, value = _class_attr(cls, name)
            if found and _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def _compute_abstracts(cls):
    cls.__abstractmethods__ = frozenset()
    update_abstractmethods(cls)


_cache_token = 0


def get_cache_token():
    """A token for the (here never changing) virtual-subclass registry state."""
    return _cache_token


def _no_register(cls, subclass):
    raise NotImplementedError(
        "abc: register() (virtual subclasses) is not supported in Fibra; "
        "inherit from the ABC instead")


class ABC:
    """Inherit from this to make a class with abstract methods uninstantiable."""

    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _compute_abstracts(cls)

    def __new__(cls, *args, **kwargs):
        if "__abstractmethods__" not in vars(cls):
            # A base overrode __init_subclass__ without calling super(): compute now.
            _compute_abstracts(cls)
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class " + cls.__name__
                            + " with abstract method" + ("s" if len(names) > 1 else "")
                            + " " + ", ".join(names))
        return object.__new__(cls)

    register = classmethod(_no_register)


class ABCMeta:
    """Placeholder: Fibra has no metaclasses, so `metaclass=ABCMeta` cannot work."""

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError(
            "abc.ABCMeta is not supported in Fibra (no metaclasses); inherit from abc.ABC")

    register = classmethod(_no_register)
