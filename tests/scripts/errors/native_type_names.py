# Messages name classes defined natively in a module as CPython's tp_name does
# ('array.array', 're.Pattern', '_thread.lock'), while __name__, __qualname__ and
# repr(type) stay as in CPython. Classes CPython writes in Python keep their bare name.
import array, re, struct, _thread, threading, json, math

a = array.array('i', [1])
p = re.compile('a')
m = p.match('a')
objs = [a, p, m, struct.Struct('i'), _thread.allocate_lock(), _thread.RLock(),
        threading.Condition()]


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


for o in objs:
    t = type(o)
    print(repr(t), t.__name__, t.__qualname__, t.__module__)
    err(lambda: o + 1)
# expect: <class 'array.array'> array array array
# expect: TypeError: can only append array (not "int") to array
# expect: <class 're.Pattern'> Pattern Pattern re
# expect: TypeError: unsupported operand type(s) for +: 're.Pattern' and 'int'
# expect: <class 're.Match'> Match Match re
# expect: TypeError: unsupported operand type(s) for +: 're.Match' and 'int'
# expect: <class '_struct.Struct'> Struct Struct _struct
# expect: TypeError: unsupported operand type(s) for +: '_struct.Struct' and 'int'
# expect: <class '_thread.lock'> lock lock _thread
# expect: TypeError: unsupported operand type(s) for +: '_thread.lock' and 'int'
# expect: <class '_thread.RLock'> RLock RLock _thread
# expect: TypeError: unsupported operand type(s) for +: '_thread.RLock' and 'int'
# expect: <class 'threading.Condition'> Condition Condition threading
# expect: TypeError: unsupported operand type(s) for +: 'Condition' and 'int'

err(lambda: 1 + a)  # expect: TypeError: unsupported operand type(s) for +: 'int' and 'array.array'
err(lambda: -p)  # expect: TypeError: bad operand type for unary -: 're.Pattern'
err(lambda: a())  # expect: TypeError: 'array.array' object is not callable
err(lambda: a.nope)  # expect: AttributeError: 'array.array' object has no attribute 'nope'
err(lambda: m.nope)  # expect: AttributeError: 're.Match' object has no attribute 'nope'
err(lambda: len(p))  # expect: TypeError: object of type 're.Pattern' has no len()
err(lambda: iter(p))  # expect: TypeError: 're.Pattern' object is not iterable
err(lambda: p['x'])  # expect: TypeError: 're.Pattern' object is not subscriptable
err(lambda: hash(a))  # expect: TypeError: unhashable type: 'array.array'
err(lambda: {a})  # expect: TypeError: unhashable type: 'array.array'
err(lambda: next(a))  # expect: TypeError: 'array.array' object is not an iterator
err(lambda: [1][a])  # expect: TypeError: list indices must be integers or slices, not array.array
err(lambda: 'abc'[p])  # expect: TypeError: string indices must be integers, not 're.Pattern'
err(lambda: a < 1)  # expect: TypeError: '<' not supported between instances of 'array.array' and 'int'
err(lambda: int(p))
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 're.Pattern'
err(lambda: ''.join([a]))  # expect: TypeError: sequence item 0: expected str instance, array.array found
err(lambda: format(p, 'x'))  # expect: TypeError: unsupported format string passed to re.Pattern.__format__
err(lambda: '%d' % a)  # expect: TypeError: %d format: a real number is required, not array.array
err(lambda: round(a))  # expect: TypeError: type array.array doesn't define __round__ method
err(lambda: range(p))  # expect: TypeError: 're.Pattern' object cannot be interpreted as an integer
err(lambda: math.sqrt(a))  # expect: TypeError: must be real number, not array.array
err(lambda: 'x' + a)  # expect: TypeError: can only concatenate str (not "array.array") to str
err(lambda: ord(a))  # expect: TypeError: ord() expected string of length 1, but array.array found

# Type objects in messages.
err(lambda: array.array.nope)  # expect: AttributeError: type object 'array.array' has no attribute 'nope'
err(lambda: setattr(re.Pattern, 'x', 1))
# expect: TypeError: cannot set 'x' attribute of immutable type 're.Pattern'
print(repr(a.append).split(' at ')[0])  # expect: <built-in method append of array.array object
err(lambda: array.array(**1))  # expect: TypeError: array.array() argument after ** must be a mapping, not int


# Reprs and json use __name__.
class Sub(array.array):
    pass


print(repr(a), repr(Sub('i', [2])))  # expect: array('i', [1]) Sub('i', [2])
err(lambda: json.dumps(p))  # expect: TypeError: Object of type Pattern is not JSON serializable
err(lambda: json.dumps({p: 1}))  # expect: TypeError: keys must be str, int, float, bool or None, not re.Pattern
err(lambda: json.dumps({p: 1}, indent=1))  # expect: TypeError: keys must be str, int, float, bool or None, not Pattern
err(lambda: json.loads(p))  # expect: TypeError: the JSON object must be str, bytes or bytearray, not Pattern

# finditer gives a builtin callable_iterator.
print(type(re.finditer('a', 'a')).__module__)  # expect: builtins
