# `import a.b as c` binds the submodule, not the top package.
import collections.abc as cabc
import os.path as osp
import concurrent.futures as cf
print(cabc.__name__, hasattr(cabc, "Coroutine"))  # expect: collections.abc True
print(osp.join("a", "b"))  # expect: a/b
print(cf.__name__, cf.ThreadPoolExecutor.__name__)  # expect: concurrent.futures ThreadPoolExecutor
try:
    import collections.nosuch as x
except ImportError as e:
    print(type(e).__name__, e.name)  # expect: ModuleNotFoundError collections.nosuch
