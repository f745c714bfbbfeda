"""A small shutil: rmtree, copyfile, copyfileobj."""
import os as _os

COPY_BUFSIZE = 64 * 1024


def rmtree(path, ignore_errors=False, onerror=None):
    def failed(func, p, exc):
        if ignore_errors:
            return
        if onerror is not None:
            onerror(func, p, (type(exc), exc, None))
        else:
            raise exc

    if _os.path.islink(path):
        failed(_os.path.islink, path, OSError("Cannot call rmtree on a symbolic link"))
        return
    for dirpath, dirnames, filenames in _os.walk(path, topdown=False):
        for name in filenames:
            full = _os.path.join(dirpath, name)
            try:
                _os.remove(full)
            except OSError as exc:
                failed(_os.remove, full, exc)
        for name in dirnames:
            full = _os.path.join(dirpath, name)
            try:
                if _os.path.islink(full):
                    _os.remove(full)
                else:
                    _os.rmdir(full)
            except OSError as exc:
                failed(_os.rmdir, full, exc)
    try:
        _os.rmdir(path)
    except OSError as exc:
        failed(_os.rmdir, path, exc)


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst):
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst
