# logging.Formatter with style='$' (string.Template): validation errors, defaults=,
# missing fields, and a handler using it.
import io
import logging

for fmt in ["$", "x", "${a} $b $$", "$levelname:${message}", None, "$1 $message"]:
    try:
        f = logging.Formatter(fmt, style="$")
        print(repr(fmt), repr(f._fmt))
    except Exception as x:
        print(repr(fmt), type(x).__name__, x)
print(repr(logging.Formatter("$", style="$", validate=False)._fmt))
r = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelname": "INFO", "name": "n"})
print(logging.Formatter("$levelname ${name}: $message $$", style="$").format(r))
print(logging.Formatter("$levelname $custom", style="$", defaults={"custom": 5}).format(r))
try:
    print(logging.Formatter("$levelname $nope", style="$").format(r))
except Exception as x:
    print(type(x).__name__, x)
s = io.StringIO()
h = logging.StreamHandler(s)
h.setFormatter(logging.Formatter("[$levelname] $name: $message", style="$"))
log = logging.Logger("app")
log.addHandler(h)
log.warning("disk %d%% full", 90)
print(s.getvalue(), end="")

# expect: '$' ValueError invalid format: bare '$' not allowed
# expect: 'x' ValueError invalid format: no fields
# expect: '${a} $b $$' '${a} $b $$'
# expect: '$levelname:${message}' '$levelname:${message}'
# expect: None '${message}'
# expect: '$1 $message' ValueError invalid format: bare '$' not allowed
# expect: '$'
# expect: INFO n: hi there $
# expect: INFO 5
# expect: ValueError Formatting field not found in record: 'nope'
# expect: [WARNING] app: disk 90% full
