import stat

modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755,
         0o104755, 0o102755, 0o041777, 0o100000, 0o104644, 0o041776, 0o000644, 0o170644]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m),  # expect: 0o100644 -rw-r--r-- False True False False False False False 0o644 0o100000
    # expect: 0o40755 drwxr-xr-x True False False False False False False 0o755 0o40000
    # expect: 0o120777 lrwxrwxrwx False False True False False False False 0o777 0o120000
    # expect: 0o20620 crw--w---- False False False True False False False 0o620 0o20000
    # expect: 0o60660 brw-rw---- False False False False True False False 0o660 0o60000
    # expect: 0o10600 prw------- False False False False False True False 0o600 0o10000
    # expect: 0o140755 srwxr-xr-x False False False False False False True 0o755 0o140000
    # expect: 0o104755 -rwsr-xr-x False True False False False False False 0o4755 0o100000
    # expect: 0o102755 -rwxr-sr-x False True False False False False False 0o2755 0o100000
    # expect: 0o41777 drwxrwxrwt True False False False False False False 0o1777 0o40000
    # expect: 0o100000 ---------- False True False False False False False 0o0 0o100000
    # expect: 0o104644 -rwSr--r-- False True False False False False False 0o4644 0o100000
    # expect: 0o41776 drwxrwxrwT True False False False False False False 0o1776 0o40000
    # expect: 0o644 ?rw-r--r-- False False False False False False False 0o644 0o0
    # expect: 0o170644 ?rw-r--r-- False False False False False False False 0o644 0o170000
          stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m),
          oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)))
print(stat.S_ISDOOR(0o100644), stat.S_ISPORT(0), stat.S_ISWHT(0))  # expect: False False False
print(stat.S_IRWXU | stat.S_IRGRP | stat.S_IROTH == 0o744, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)  # expect: True 256 128 64
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_IMMUTABLE)  # expect: 0 6 8 32768 131072
print(stat.FILE_ATTRIBUTE_DIRECTORY, stat.S_ENFMT == stat.S_ISGID, stat.S_IFDOOR)  # expect: 16 True 0
