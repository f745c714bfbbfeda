# %(asctime)s and datefmt format the record's creation time (here through time.gmtime,
# so the output does not depend on the local time zone).
import io
import logging
import time


class UTCFormatter(logging.Formatter):
    converter = time.gmtime


f = UTCFormatter("%(asctime)s %(levelname)s %(message)s")
r = logging.makeLogRecord({"msg": "start", "levelname": "INFO", "created": 86400.5,
                           "msecs": 500.0})
print(f.format(r))  # expect: 1970-01-02 00:00:00,500 INFO start
g = UTCFormatter("[%(asctime)s] %(message)s", datefmt="%d/%m/%Y %H:%M")
print(g.format(r))  # expect: [02/01/1970 00:00] start
print(f.usesTime(), logging.Formatter("%(message)s").usesTime())  # expect: True False
h = UTCFormatter("{asctime} {message}", style="{")
print(h.format(r))  # expect: 1970-01-02 00:00:00,500 start
stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(asctime)s|%(message)s"))
log = logging.Logger("asctime.test")  # not registered: copies of this script run at once
log.addHandler(handler)
log.propagate = False
log.warning("now")
stamp, msg = stream.getvalue().rstrip("\n").split("|")
print(len(stamp), stamp[4], stamp[10], stamp[19], msg)  # expect: 23 -   , now
