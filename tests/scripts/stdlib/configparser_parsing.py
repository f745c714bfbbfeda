import configparser
import io
import os
import tempfile


def show(cp):
    for name in cp:
        print(" ", name, [(k, cp[name][k]) for k in cp[name]])


def attempt(fn):
    try:
        fn()
    except configparser.Error as e:
        print(type(e).__name__ + ":", e)
        return e


# parsing errors are collected, then raised together
e = attempt(lambda: configparser.ConfigParser().read_string(  # expect: ParsingError: Source contains parsing errors: 'cfg.ini'
# expect: 	[line  3]: 'no delimiter here\n'
# expect: 	[line  4]: '= no name\n'
# expect: 	[line  5]: 'also bad\n'
    "[s]\nok = 1\nno delimiter here\n= no name\nalso bad\n", source="cfg.ini"))
print(e.source, e.errors, e.args)  # expect: cfg.ini [(3, "'no delimiter here\\n'"), (4, "'= no name\\n'"), (5, "'also bad\\n'")] ('cfg.ini',)
e = attempt(lambda: configparser.ConfigParser().read_string("key = value\n[s]\n"))  # expect: MissingSectionHeaderError: File contains no section headers.
# expect: file: '<string>', line: 1
# expect: 'key = value\n'
print(e.lineno, repr(e.line), e.args)  # expect: 1 'key = value\n' ('<string>', 1, 'key = value\n')
e = attempt(lambda: configparser.ConfigParser().read_string("[a]\n[b]\n[a]\n"))  # expect: DuplicateSectionError: While reading from '<string>' [line  3]: section 'a' already exists
print(e.section, e.source, e.lineno)  # expect: a <string> 3
e = attempt(lambda: configparser.ConfigParser().read_string("[a]\nx=1\nX=2\n", "src"))  # expect: DuplicateOptionError: While reading from 'src' [line  3]: option 'x' in section 'a' already exists
print(e.section, e.option, e.lineno)  # expect: a x 3
attempt(lambda: configparser.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))  # expect: DuplicateOptionError: While reading from '<dict>': option 'x' in section 'a' already exists
print(str(configparser.DuplicateSectionError("s")), str(configparser.DuplicateOptionError("s", "o")))  # expect: Section 's' already exists Option 'o' in section 's' already exists
print(str(configparser.DuplicateSectionError("s", "f", 12)), repr(configparser.NoSectionError("z")))  # expect: While reading from 'f' [line 12]: section 's' already exists No section: 'z'
pe = configparser.ParsingError(source="x")
pe.append(3, "'bad'")
print(str(pe))  # expect: Source contains parsing errors: 'x'
# expect: 	[line  3]: 'bad'
try:
    configparser.ParsingError()
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: Required argument `source' not given.

# strict=False merges repeated sections and options
loose = configparser.ConfigParser(strict=False)
loose.read_string("[a]\nx = 1\n[b]\ny = 2\n[a]\nx = 3\nz = 4\n")
show(loose)  # expect:   DEFAULT []
# expect:   a [('x', '3'), ('z', '4')]
# expect:   b [('y', '2')]

# allow_no_value, custom delimiters and comment prefixes
cp = configparser.ConfigParser(allow_no_value=True, delimiters=("=>",),
                               comment_prefixes=("//",), inline_comment_prefixes=("#",))
cp.read_string("""[mysqld]
skip-external-locking
user => mysql   # the user
// a comment line
key=>value with = sign#not a comment
  ; not a comment either
""")
show(cp)  # expect:   DEFAULT []
# expect:   mysqld [('skip-external-locking', None), ('user', 'mysql'), ('key', 'value with = sign#not a comment\n; not a comment either')]
print(cp.get("mysqld", "skip-external-locking"))  # expect: None
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end="")  # expect: [mysqld]
# expect: skip-external-locking
# expect: user => mysql
# expect: key => value with = sign#not a comment
# expect: 	; not a comment either
# expect:

# empty_lines_in_values=False, and continuation lines
cp = configparser.ConfigParser(empty_lines_in_values=False)
cp.read_string("[s]\nlong = a\n  b\n\n  c = d\nnext = 1\n")
show(cp)  # expect:   DEFAULT []
# expect:   s [('long', 'a\nb'), ('c', 'd'), ('next', '1')]
cp = configparser.ConfigParser()
cp.read_string("[s]\nlong = a\n  b\n\n  c\n\n# comment\n   more\nnext = 1\n")
print(repr(cp["s"]["long"]))  # expect: 'a\nb\n\nc\n\nmore'

# default_section, defaults=, optionxform, dict_type
cp = configparser.ConfigParser(defaults={"Base": 10, "flag": True}, default_section="common")
cp.read_string("[common]\nshared = yes\n[x]\nown = %(base)s!\n")
print(cp.defaults(), cp.get("x", "own"), cp.options("x"), list(cp))  # expect: {'base': '10', 'flag': 'True', 'shared': 'yes'} 10! ['own', 'base', 'flag', 'shared'] ['common', 'x']
cp.optionxform = str
cp.read_string("[y]\nCamelCase = 1\n")
print(cp.options("y"))  # expect: ['CamelCase', 'base', 'flag', 'shared']


class Upper(configparser.RawConfigParser):
    def optionxform(self, s):
        return s.upper()


u = Upper()
u.read_dict({"s": {"key": "v", 1: 2}})
print(u.items("s"), u.get("s", "key"))  # expect: [('KEY', 'v'), ('1', '2')] v

# converters
cp = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
cp.read_string("[s]\nnames = a, b ,c\n")
print(cp.getlist("s", "names"), cp["s"].getlist("names"), cp["s"].getlist("nope", ["dflt"]))  # expect: ['a', 'b', 'c'] ['a', 'b', 'c'] ['dflt']
print(sorted(cp.converters), cp.converters["list"] is not None, cp.converters["int"])  # expect: ['boolean', 'float', 'int', 'list'] True None
cp.converters["upper"] = str.upper
print(cp.getupper("s", "names"), cp["s"].getupper("names"))  # expect: A, B ,C A, B ,C
del cp.converters["upper"]
print(hasattr(cp, "getupper"), len(cp.converters))  # expect: False 4
try:
    cp.converters[""] = str
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: Incompatible key: cannot use "" as a name

# reading files
with tempfile.TemporaryDirectory() as d:
    p1 = os.path.join(d, "one.ini")
    with open(p1, "w") as f:
        f.write("[file]\nfrom = one\n")
    p2 = os.path.join(d, "two.ini")
    with open(p2, "w") as f:
        f.write("[file]\nalso = two\n")
    cp = configparser.ConfigParser()
    ok = cp.read([p1, os.path.join(d, "missing.ini"), p2])
    print([os.path.basename(x) for x in ok], cp.items("file"))  # expect: ['one.ini', 'two.ini'] [('from', 'one'), ('also', 'two')]
    print([os.path.basename(x) for x in cp.read(p1, encoding="utf-8")])  # expect: ['one.ini']
    with open(p1) as f:
        cp2 = configparser.ConfigParser()
        cp2.read_file(f)
        print(cp2.items("file"))  # expect: [('from', 'one')]
    e = attempt(lambda: configparser.ConfigParser().read_file(["[a]\n", "b\n"]))  # expect: ParsingError: Source contains parsing errors: '<???>'
    # expect: 	[line  2]: 'b\n'
    print(e.source)  # expect: <???>

# mapping mixin methods
cp = configparser.ConfigParser()
cp.read_dict({"a": {"x": "1"}, "b": {"y": "2"}, "c": {}})
print(cp.popitem()[0], cp.sections())  # expect: a ['b', 'c']
print(cp.pop("b").name, cp.pop("zz", "none"), cp.sections())  # expect: b none ['c']
cp.setdefault("d", {"k": "v"})
print(cp.sections(), cp.get("d", "k"))  # expect: ['c', 'd'] v
cp.update({"e": {"q": "r"}})
print(cp.sections())  # expect: ['c', 'd', 'e']
cp.clear()
print(cp.sections(), len(cp))  # expect: [] 1
sec = configparser.ConfigParser()
sec.read_string("[s]\na = 1\nb = 2\n")
s = sec["s"]
print(s.keys(), list(s.values()), list(s.items()), ("a", "1") in s.items(), "2" in s.values())  # expect: KeysView(<Section: s>) ['1', '2'] [('a', '1'), ('b', '2')] True True
print(s.pop("a"), s.setdefault("c", "3"), dict(s), s == {"b": "2", "c": "3"})  # expect: 1 3 {'b': '2', 'c': '3'} True
s.update(d="4")
print(dict(s))  # expect: {'b': '2', 'c': '3', 'd': '4'}
s.clear()
print(dict(s), len(s))  # expect: {} 0
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)  # expect: DEFAULT 10
print(configparser.RawConfigParser.BOOLEAN_STATES["on"], issubclass(configparser.ConfigParser, configparser.RawConfigParser))  # expect: True True
try:
    configparser.ConfigParser(interpolation=5)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: interpolation= must be None or an instance of Interpolation; got an object of type <class 'int'>
