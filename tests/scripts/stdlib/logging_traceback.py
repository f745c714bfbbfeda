# logging: exception() and exc_info= records carry the full traceback (frames, caret
# lines, chained exceptions), formatted by the traceback module.
import io
import logging
import re

buf = io.StringIO()
handler = logging.StreamHandler(buf)
log = logging.getLogger('tb-test')
log.propagate = False
log.addHandler(handler)


def lookup():
    return {}['x']


try:
    lookup()
except KeyError:
    log.exception('failed')

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as e:
    log.error('with exc_info', exc_info=e)

text = re.sub(r'File "[^"]*/([^"/]*)"', r'File "\1"', buf.getvalue())
# Fibra's caret lines under calls follow CPython 3.13, not 3.11: drop those.
print(re.sub(r'(\)\n)[ ~^]+\n', r'\1', text), end='')

# Expected output (at the end, so that the line numbers in tracebacks stay put):
# expect: failed
# expect: Traceback (most recent call last):
# expect:   File "logging_traceback.py", line 19, in <module>
# expect:     lookup()
# expect:   File "logging_traceback.py", line 15, in lookup
# expect:     return {}['x']
# expect:            ~~^^^^^
# expect: KeyError: 'x'
# expect: with exc_info
# expect: Traceback (most recent call last):
# expect:   File "logging_traceback.py", line 25, in <module>
# expect:     1 / 0
# expect:     ~~^~~
# expect: ZeroDivisionError: division by zero
# expect:
# expect: The above exception was the direct cause of the following exception:
# expect:
# expect: Traceback (most recent call last):
# expect:   File "logging_traceback.py", line 27, in <module>
# expect:     raise ValueError('wrapped') from e
# expect: ValueError: wrapped
