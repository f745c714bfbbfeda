import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EPIPE, errno.ENOTDIR)  # expect: 2 13 17 4 32 20
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])  # expect: True EAGAIN
print(errno.errorcode[2], errno.errorcode[13], errno.errorcode[17], errno.errorcode[95])  # expect: ENOENT EACCES EEXIST ENOTSUP
print(errno.ETIMEDOUT, errno.ECONNREFUSED, errno.ECONNRESET, errno.EADDRINUSE)  # expect: 110 111 104 98
print(len(errno.errorcode) > 100, all(getattr(errno, name) == code for code, name in errno.errorcode.items()))  # expect: True True

try:
    open("/nonexistent-dir-for-errno-test/file")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])  # expect: FileNotFoundError True ENOENT

try:
    os.listdir("/nonexistent-dir-for-errno-test")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT)  # expect: True

err = OSError(errno.EEXIST, "File exists")
print(type(err).__name__, err.errno, err.strerror)  # expect: FileExistsError 17 File exists
