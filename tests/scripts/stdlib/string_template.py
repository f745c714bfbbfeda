# string.Template: substitution, safe_substitute, errors with line/column, subclasses.
from string import Template as T
for e in ['T("$a ${b} $$").substitute(a=1,b=2)','T("$a").substitute({"a":1}, a=2)','T("$a").substitute()','T("x\\n $").substitute()','T("ab\\ncd\\nef $1").substitute()','T("$a $").safe_substitute()','T("$1").safe_substitute()','T("${a").safe_substitute(a=1)','T("${a").substitute(a=1)','T("$a $b $a ${c}").get_identifiers()','T("$a $").is_valid()','T("$a").is_valid()','T("x").template','T("$é").substitute()','T.delimiter','T.idpattern','T("$a").substitute(self=1, a=2)','T(template="$x").substitute(x=[1])','T("$A $a").substitute(A=1, a=2)', 'T("$who likes $what").safe_substitute({"who": "tim"})']:
  try: print(repr(e), '->', repr(eval(e)))
  except Exception as x: print(repr(e), '-> EXC', type(x).__name__, x)
class P(T):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'
print(P("%ab_cd %x %%").safe_substitute(ab_cd="Z"))
class Q(T):
    braceidpattern = '[A-Z ]+'
print(Q("${HELLO W} $lower ${x}").safe_substitute({"HELLO W": 1, "lower": 2}))
class R(T):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      \[(?P<braced>[a-z]+)\] |
      (?P<invalid>)
    )"""
print(R("#a #[b] ## #").safe_substitute(a=1, b=2))
try:
    R("#").substitute()
except ValueError as e:
    print(e)

# expect: 'T("$a ${b} $$").substitute(a=1,b=2)' -> '1 2 $'
# expect: 'T("$a").substitute({"a":1}, a=2)' -> '2'
# expect: 'T("$a").substitute()' -> EXC KeyError 'a'
# expect: 'T("x\\n $").substitute()' -> EXC ValueError Invalid placeholder in string: line 2, col 2
# expect: 'T("ab\\ncd\\nef $1").substitute()' -> EXC ValueError Invalid placeholder in string: line 3, col 4
# expect: 'T("$a $").safe_substitute()' -> '$a $'
# expect: 'T("$1").safe_substitute()' -> '$1'
# expect: 'T("${a").safe_substitute(a=1)' -> '${a'
# expect: 'T("${a").substitute(a=1)' -> EXC ValueError Invalid placeholder in string: line 1, col 1
# expect: 'T("$a $b $a ${c}").get_identifiers()' -> ['a', 'b', 'c']
# expect: 'T("$a $").is_valid()' -> False
# expect: 'T("$a").is_valid()' -> True
# expect: 'T("x").template' -> 'x'
# expect: 'T("$é").substitute()' -> EXC ValueError Invalid placeholder in string: line 1, col 1
# expect: 'T.delimiter' -> '$'
# expect: 'T.idpattern' -> '(?a:[_a-z][_a-z0-9]*)'
# expect: 'T("$a").substitute(self=1, a=2)' -> '2'
# expect: 'T(template="$x").substitute(x=[1])' -> '[1]'
# expect: 'T("$A $a").substitute(A=1, a=2)' -> '1 2'
# expect: 'T("$who likes $what").safe_substitute({"who": "tim"})' -> 'tim likes $what'
# expect: Z %x %
# expect: 1 2 ${x}
# expect: 1 2 $ #
# expect: Invalid placeholder in string: line 1, col 1
