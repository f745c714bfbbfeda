"""Constants and functions for interpreting `st_mode` values (CPython's `stat`), in Fibra.

Supported: the file-type constants (`S_IFMT` mask, `S_IFDIR`, `S_IFREG`, ...), the
permission bits (`S_ISUID` ... `S_IXOTH`, `S_IRWXU` ...), the `S_IS*` predicates
(`S_ISDIR`, `S_ISREG`, `S_ISLNK`, ..., `S_ISDOOR`/`S_ISPORT`/`S_ISWHT` always false as on
Linux), `S_IMODE`, `S_IFMT`, `filemode`, the `ST_*` tuple indices, the `UF_*`/`SF_*`
flags and the Windows `FILE_ATTRIBUTE_*` constants.
Note: Fibra's `os` has no `stat()` yet, so the `st_mode` values come from elsewhere.
"""

# Indices into the tuple form of a stat result.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# BSD/macOS file flags (st_flags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072


def S_IMODE(mode):
    """The permission bits of `mode` (what `os.chmod` sets)."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file-type bits of `mode`."""
    return mode & 0o170000


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_TYPE_CHARS = ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"),
               (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p"))

# For each of user, group, other: (read bit, write bit, execute bit, special bit, the
# character for special-and-execute, the character for special alone).
_PERM_GROUPS = ((S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
                (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
                (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"))


def filemode(mode):
    """`ls -l`-style text for `mode`, such as `-rw-r--r--` or `drwxr-xr-x`."""
    chars = []
    for bits, char in _TYPE_CHARS:
        if S_IFMT(mode) == bits:
            chars.append(char)
            break
    else:
        chars.append("?")
    for r, w, x, special, both, alone in _PERM_GROUPS:
        chars.append("r" if mode & r else "-")
        chars.append("w" if mode & w else "-")
        if mode & special:
            chars.append(both if mode & x else alone)
        else:
            chars.append("x" if mode & x else "-")
    return "".join(chars)
