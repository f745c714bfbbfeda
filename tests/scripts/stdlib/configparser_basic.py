import configparser
import io

text = """
# a comment
; another comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg
path = /home/%(user)s/repo

[topsecret.server.example]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
    second line

    after blank
empty =
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.defaults())
print(cp.has_section("forge.example"), cp.has_section("DEFAULT"), cp.has_section("nope"))
print(cp.options("forge.example"))
print(cp.get("forge.example", "user"), cp.get("forge.example", "path"))
print(cp.get("forge.example", "path", raw=True))
print(cp.getint("topsecret.server.example", "port"), cp.getfloat("topsecret.server.example", "ratio"))
print(cp.getboolean("topsecret.server.example", "forwardx11"), cp.getboolean("forge.example", "ForwardX11"))
print(repr(cp.get("topsecret.server.example", "multi")), repr(cp.get("topsecret.server.example", "empty")))
print(cp.get("forge.example", "missing", fallback="fb"), cp.getint("nosec", "x", fallback=-1))
print(cp.get("forge.example", "user", vars={"user": "override"}))
print(cp.items("forge.example"))
print(cp.items("forge.example", raw=True))
print(cp.has_option("forge.example", "compression"), cp.has_option("forge.example", "nope"),
      cp.has_option(None, "compression"), cp.has_option("nosec", "x"))

# mapping protocol
sec = cp["forge.example"]
print(sec, sec.name, sec.parser is cp, sec["user"], sec.get("nope"), sec.get("nope", "dflt"))
print(list(sec), len(sec), "user" in sec, "USER" in sec, "zzz" in sec)
print(sec.getint("compressionlevel"), sec.getboolean("compression"), sec.getfloat("nope", 1.5))
print(list(cp), len(cp), "DEFAULT" in cp, "forge.example" in cp, "x" in cp)
print(list(cp.keys()), [name for name, proxy in cp.items()])
print(cp["DEFAULT"]["compression"], dict(cp["DEFAULT"]))
sec["newkey"] = "new value"
print(cp.get("forge.example", "newkey"))
del sec["newkey"]
print(cp.has_option("forge.example", "newkey"))
try:
    sec["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    cp["nope"]
except KeyError as e:
    print("KeyError:", e)
cp["new.section"] = {"a": 1, "B": "two"}
print(cp.items("new.section"))
cp["new.section"] = {"c": "3"}
print(cp.items("new.section", raw=True))
print(cp.get("new.section", "serveraliveinterval"))

# set / add / remove
cp.add_section("added")
cp.set("added", "key", "val")
cp.set("added", "pct", "100%%")
print(cp.get("added", "key"), cp.get("added", "pct"), cp.get("added", "pct", raw=True))
print(cp.remove_option("added", "key"), cp.remove_option("added", "key"))
print(cp.remove_section("added"), cp.remove_section("added"), cp.sections())
for call in [lambda: cp.add_section("forge.example"), lambda: cp.add_section("DEFAULT"),
             lambda: cp.get("nosec", "a"), lambda: cp.get("forge.example", "zz"),
             lambda: cp.set("nosec", "a", "b"), lambda: cp.set("forge.example", "a", 5),
             lambda: cp.set("forge.example", "a", "50%"), lambda: cp.add_section(3),
             lambda: cp.getint("forge.example", "user"), lambda: cp.getboolean("forge.example", "user"),
             lambda: cp.options("nosec"), lambda: cp.items("nosec"),
             lambda: cp.remove_option("nosec", "x"), lambda: cp.__delitem__("DEFAULT")]:
    try:
        call()
    except (configparser.Error, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# write
out = io.StringIO()
cp.write(out)
print(out.getvalue(), end="")
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

# interpolation errors
bad = configparser.ConfigParser()
bad.read_string("""
[s]
a = %(b)s
b = %(a)s
c = %(missing)s
d = %z
e = %(unterminated
""")
for opt in "abcde":
    try:
        print(bad.get("s", opt))
    except configparser.InterpolationError as e:
        print(type(e).__name__ + ":", e)
        print(e.option, e.section, e.args[:2])
print(bad.get("s", "a", raw=True))

# raw parser and no interpolation
raw = configparser.RawConfigParser()
raw.read_string("[s]\nx = 100% %(y)s\n")
raw.set("s", "n", 5)
print(raw.get("s", "x"), raw.get("s", "n"))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nx = %(y)s\n")
print(none.get("s", "x"))

# extended interpolation
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
home = /home/user
data = ${home}/data
cost = $$5
[other]
file = ${paths:data}/file.txt
bad = ${nope:x}
""")
print(ext.get("paths", "data"), ext.get("other", "file"), ext.get("paths", "cost"))
try:
    ext.get("other", "bad")
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError:", e)

# expect: ['forge.example', 'topsecret.server.example'] {'serveraliveinterval': '45', 'compression': 'yes', 'compressionlevel': '9', 'forwardx11': 'yes'}
# expect: True False False
# expect: ['user', 'path', 'serveraliveinterval', 'compression', 'compressionlevel', 'forwardx11']
# expect: hg /home/hg/repo
# expect: /home/%(user)s/repo
# expect: 50022 0.75
# expect: False True
# expect: 'first line\nsecond line\n\nafter blank' ''
# expect: fb -1
# expect: override
# expect: [('serveraliveinterval', '45'), ('compression', 'yes'), ('compressionlevel', '9'), ('forwardx11', 'yes'), ('user', 'hg'), ('path', '/home/hg/repo')]
# expect: [('serveraliveinterval', '45'), ('compression', 'yes'), ('compressionlevel', '9'), ('forwardx11', 'yes'), ('user', 'hg'), ('path', '/home/%(user)s/repo')]
# expect: True False True False
# expect: <Section: forge.example> forge.example True hg None dflt
# expect: ['user', 'path', 'serveraliveinterval', 'compression', 'compressionlevel', 'forwardx11'] 6 True True False
# expect: 9 True 1.5
# expect: ['DEFAULT', 'forge.example', 'topsecret.server.example'] 3 True True False
# expect: ['DEFAULT', 'forge.example', 'topsecret.server.example'] ['DEFAULT', 'forge.example', 'topsecret.server.example']
# expect: yes {'serveraliveinterval': '45', 'compression': 'yes', 'compressionlevel': '9', 'forwardx11': 'yes'}
# expect: new value
# expect: False
# expect: TypeError: option values must be strings
# expect: KeyError: 'nope'
# expect: [('serveraliveinterval', '45'), ('compression', 'yes'), ('compressionlevel', '9'), ('forwardx11', 'yes'), ('a', '1'), ('b', 'two')]
# expect: [('serveraliveinterval', '45'), ('compression', 'yes'), ('compressionlevel', '9'), ('forwardx11', 'yes'), ('c', '3')]
# expect: 45
# expect: val 100% 100%%
# expect: True False
# expect: True False ['forge.example', 'topsecret.server.example', 'new.section']
# expect: DuplicateSectionError: Section 'forge.example' already exists
# expect: ValueError: Invalid section name: 'DEFAULT'
# expect: NoSectionError: No section: 'nosec'
# expect: NoOptionError: No option 'zz' in section: 'forge.example'
# expect: NoSectionError: No section: 'nosec'
# expect: TypeError: option values must be strings
# expect: ValueError: invalid interpolation syntax in '50%' at position 2
# expect: TypeError: section names must be strings
# expect: ValueError: invalid literal for int() with base 10: 'hg'
# expect: ValueError: Not a boolean: hg
# expect: NoSectionError: No section: 'nosec'
# expect: NoSectionError: No section: 'nosec'
# expect: NoSectionError: No section: 'nosec'
# expect: ValueError: Cannot remove the default section.
# expect: [DEFAULT]
# expect: serveraliveinterval = 45
# expect: compression = yes
# expect: compressionlevel = 9
# expect: forwardx11 = yes
# expect:
# expect: [forge.example]
# expect: user = hg
# expect: path = /home/%(user)s/repo
# expect:
# expect: [topsecret.server.example]
# expect: port = 50022
# expect: forwardx11 = no
# expect: ratio = 0.75
# expect: multi = first line
# expect: 	second line
# expect:
# expect: 	after blank
# expect: empty =
# expect:
# expect: [new.section]
# expect: c = 3
# expect:
# expect: ['[DEFAULT]', 'serveraliveinterval=45', 'compression=yes']
# expect: InterpolationDepthError: Recursion limit exceeded in value substitution: option 'a' in section 's' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(b)s'
# expect: a s ('a', 's')
# expect: InterpolationDepthError: Recursion limit exceeded in value substitution: option 'b' in section 's' contains an interpolation key which cannot be substituted in 10 steps. Raw value: '%(a)s'
# expect: b s ('b', 's')
# expect: InterpolationMissingOptionError: Bad value substitution: option 'c' in section 's' contains an interpolation key 'missing' which is not a valid option name. Raw value: '%(missing)s'
# expect: c s ('c', 's')
# expect: InterpolationSyntaxError: '%' must be followed by '%' or '(', found: '%z'
# expect: d s ('d', 's')
# expect: InterpolationSyntaxError: bad interpolation variable reference '%(unterminated'
# expect: e s ('e', 's')
# expect: %(b)s
# expect: 100% %(y)s 5
# expect: %(y)s
# expect: /home/user/data /home/user/data/file.txt $5
# expect: InterpolationMissingOptionError: Bad value substitution: option 'bad' in section 'other' contains an interpolation key 'nope:x' which is not a valid option name. Raw value: '${nope:x}'
