import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "modules"))
import mymod  # expect: mymod loading
print(mymod.VALUE, mymod.greet("world"))  # expect: 42 hello world
print(mymod.Thing(21).double(), mymod.__name__)  # expect: 42 mymod
from mymod import greet, VALUE as V
print(greet("again"), V)  # expect: hello again 42
import mymod as m2
print(m2 is mymod, m2.bump(), mymod.bump(), mymod.counter)  # expect: True 1 2 2
print(sorted(n for n in dir(mymod) if not n.startswith("_")))  # expect: ['Thing', 'VALUE', 'bump', 'counter', 'greet']
print(mymod.__doc__)  # expect: Helper module for import tests.
