# The caller's location in log records: %(filename)s, %(lineno)d, %(funcName)s,
# %(module)s, %(pathname)s, stacklevel= and stack_info=True.
import io
import logging
import sys

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter(
    "%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s"))
log = logging.Logger("loc")  # not in the shared hierarchy
log.addHandler(h)
log.setLevel(logging.DEBUG)


def work():
    log.info("in work")
    helper()


def helper():
    log.warning("from helper", stacklevel=2)


log.debug("top")
work()
logging.LoggerAdapter(log, {}).info("through an adapter")
log.info("with stack", stack_info=True)
print(out.getvalue().replace(__file__, "FILE"), end="")  # expect: DEBUG logging_location.py:25 <module> logging_location top
# expect: INFO logging_location.py:17 work logging_location in work
# expect: WARNING logging_location.py:18 work logging_location from helper
# expect: INFO logging_location.py:27 <module> logging_location through an adapter
# expect: INFO logging_location.py:28 <module> logging_location with stack
# expect: Stack (most recent call last):
# (the frames of the stack above the module are the runner's)
# expect:   File "FILE", line 28, in <module>
# expect:     log.info("with stack", stack_info=True)

records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)


log.addHandler(Keep())
log.error("kept")
r = records[0]
print(r.pathname == __file__, r.funcName, r.module, r.lineno)  # expect: True <module> logging_location 48
rec = log.makeRecord("x", 20, "/a/b/mod.py", 3, "m", (), None)
print(rec.filename, rec.module, rec.pathname, rec.lineno)  # expect: mod.py mod /a/b/mod.py 3
