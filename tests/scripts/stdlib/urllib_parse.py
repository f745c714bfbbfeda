from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, quote, quote_plus, unquote, unquote_plus,
                          quote_from_bytes, unquote_to_bytes, urlencode, parse_qs,
                          parse_qsl, ParseResult, SplitResult, DefragResult)
import urllib.parse

u = urlparse("https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag")
print(u)
print(u.scheme, u.netloc, u.path, u.params, u.query, u.fragment)
print(u.username, u.password, u.hostname, u.port)
print(u.geturl())
print(type(u).__name__, isinstance(u, tuple), len(u), u[1])
print(u._replace(fragment="").geturl())

s = urlsplit("http://[::1]:80/path?x=1#y")
print(s)
print(s.hostname, s.port, s.geturl())
print(urlsplit("http://[fe80::1%25eth0]/").hostname)
for url in ["//www.cwi.nl:80/%7Eguido/Python.html", "www.cwi.nl/%7Eguido/Python.html",
            "help/Python.html", "mailto:someone@example.com", "file:///tmp/x.txt",
            "HTTP://host/", "http://host", "http://host?q", "path;params?q#f",
            "tel:+1-816-555-1212", "  http://x.org/\ta\nb  ", "a1+-.:rest",
            "1abc:def", "http://a@b@c:1/", "http://host:/", "git+ssh://git@github.com/x.git",
            "", "?q=1", "#f", "http://h/p#a#b"]:
    print(repr(url), urlsplit(url), urlparse(url).params)
print(urlsplit("http://h/p#f", allow_fragments=False))
print(urlparse("path", scheme="https"))
print(urlsplit("http://h:65535").port, urlsplit("http://h").port)
for bad in ["http://h:99999", "http://h:abc", "http://h:-1"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[zz]/",
            "http://[v1.x]/", "http://[vz]/"]:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print("ValueError:", e)

print(urlunparse(("http", "h", "/p", "a", "q", "f")))
print(urlunparse(("http", "", "p", "", "", "")))
print(urlunsplit(("", "", "/p", "", "")), urlunsplit(("mailto", "", "a@b", "", "")))
print(urlunsplit(["file", "", "/tmp", "", ""]))

base = "http://a/b/c/d;p?q"
for rel in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s",
            ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..",
            "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g",
            "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h",
            "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g",
            "https://other/x", "a//b"]:
    print(repr(rel), urljoin(base, rel))
print(urljoin("", "x"), urljoin("http://h/a", ""), urljoin("mailto:a@b", "c"))
print(urljoin("http://h/a/b", "c", allow_fragments=False))

print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p").geturl())
print(urldefrag("http://h/p#f").geturl())

print(quote("abc def/ghi?x=1&y=é~"), quote("/a b", safe=""), quote(b"a b\xff"))
print(quote("a+b c", safe="+"), quote(""), quote("日本"), quote("é", encoding="latin-1"))
print(quote_plus("a b&c=d/e"), quote_plus("x/y z", safe="/"), quote_plus(b"a b"))
print(quote_from_bytes(b"abc def?"), quote_from_bytes(b""))
print(unquote("abc%20def%2Fx%zz%4"), unquote("%E6%97%A5%E6%9C%AC"), unquote("%ff%e9"))
print(unquote("%E9", encoding="latin-1"), unquote(b"a%20b"), unquote("no escapes"))
print(unquote_plus("a+b%2Bc"), unquote_to_bytes("a%20b%ff"), unquote_to_bytes(b""))
print(unquote("é%20x"))
for bad in [lambda: quote(123), lambda: quote(b"x", encoding="utf-8"),
            lambda: quote_from_bytes("x"), lambda: unquote(None)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
    except AttributeError as e:
        print("AttributeError")

print(urlencode({"a": 1, "b": "x y", "c": "é&"}))
print(urlencode([("a", "1"), ("a", "2"), ("b", b"z z")]))
print(urlencode({"a": [1, 2], "b": "xy", "c": (3,)}, doseq=True))
print(urlencode({"a": [1, 2]}), urlencode({"p": "/x y"}, quote_via=quote))
print(urlencode({"p": "/x"}, safe="/"), urlencode({}), urlencode([]))
try:
    urlencode("abc")
except TypeError as e:
    print("TypeError:", e)

print(parse_qs("a=1&b=2&a=3&c=&d"))
print(parse_qs("a=1&b=2&a=3&c=&d", keep_blank_values=True))
print(parse_qsl("x=a+b%20c&y=%C3%A9&&z=1"))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(""), parse_qsl(b"k=v+w"))
for kw in [{"strict_parsing": True}, {"max_num_fields": 1}]:
    try:
        parse_qsl("a=1&b", **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    parse_qsl("a=1", separator="")
except ValueError as e:
    print("ValueError:", e)

b = urlparse(b"http://u@h:81/p;x?q#f")
print(b, b.hostname, b.port, b.username, b.geturl())
print(b.decode(), u.encode())
print(urlsplit(b"http://h/p").decode("ascii").geturl(), urljoin(b"http://h/a/b", b"../c"))
print(urldefrag(b"x#y"), urlunsplit((b"http", b"h", b"/", b"", b"")))
try:
    urljoin("http://h/", b"x")
except TypeError as e:
    print("TypeError:", e)
print(urllib.parse.unwrap("<URL:http://x/>"), "http" in urllib.parse.uses_netloc)
print(SplitResult("a", "b", "c", "d", "e").geturl(), DefragResult("u", "").geturl())
print(ParseResult(scheme="http", netloc="h", path="", params="", query="", fragment="").geturl())

# expect: ParseResult(scheme='https', netloc='user:pw@Example.COM:8080', path='/a/b', params='p=1', query='q=2&r=3', fragment='frag')
# expect: https user:pw@Example.COM:8080 /a/b p=1 q=2&r=3 frag
# expect: user pw example.com 8080
# expect: https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3#frag
# expect: ParseResult True 6 user:pw@Example.COM:8080
# expect: https://user:pw@Example.COM:8080/a/b;p=1?q=2&r=3
# expect: SplitResult(scheme='http', netloc='[::1]:80', path='/path', query='x=1', fragment='y')
# expect: ::1 80 http://[::1]:80/path?x=1#y
# expect: fe80::1%25eth0
# expect: '//www.cwi.nl:80/%7Eguido/Python.html' SplitResult(scheme='', netloc='www.cwi.nl:80', path='/%7Eguido/Python.html', query='', fragment='')
# expect: 'www.cwi.nl/%7Eguido/Python.html' SplitResult(scheme='', netloc='', path='www.cwi.nl/%7Eguido/Python.html', query='', fragment='')
# expect: 'help/Python.html' SplitResult(scheme='', netloc='', path='help/Python.html', query='', fragment='')
# expect: 'mailto:someone@example.com' SplitResult(scheme='mailto', netloc='', path='someone@example.com', query='', fragment='')
# expect: 'file:///tmp/x.txt' SplitResult(scheme='file', netloc='', path='/tmp/x.txt', query='', fragment='')
# expect: 'HTTP://host/' SplitResult(scheme='http', netloc='host', path='/', query='', fragment='')
# expect: 'http://host' SplitResult(scheme='http', netloc='host', path='', query='', fragment='')
# expect: 'http://host?q' SplitResult(scheme='http', netloc='host', path='', query='q', fragment='')
# expect: 'path;params?q#f' SplitResult(scheme='', netloc='', path='path;params', query='q', fragment='f') params
# expect: 'tel:+1-816-555-1212' SplitResult(scheme='tel', netloc='', path='+1-816-555-1212', query='', fragment='')
# expect: '  http://x.org/\ta\nb  ' SplitResult(scheme='http', netloc='x.org', path='/ab  ', query='', fragment='')
# expect: 'a1+-.:rest' SplitResult(scheme='a1+-.', netloc='', path='rest', query='', fragment='')
# expect: '1abc:def' SplitResult(scheme='', netloc='', path='1abc:def', query='', fragment='')
# expect: 'http://a@b@c:1/' SplitResult(scheme='http', netloc='a@b@c:1', path='/', query='', fragment='')
# expect: 'http://host:/' SplitResult(scheme='http', netloc='host:', path='/', query='', fragment='')
# expect: 'git+ssh://git@github.com/x.git' SplitResult(scheme='git+ssh', netloc='git@github.com', path='/x.git', query='', fragment='')
# expect: '' SplitResult(scheme='', netloc='', path='', query='', fragment='')
# expect: '?q=1' SplitResult(scheme='', netloc='', path='', query='q=1', fragment='')
# expect: '#f' SplitResult(scheme='', netloc='', path='', query='', fragment='f')
# expect: 'http://h/p#a#b' SplitResult(scheme='http', netloc='h', path='/p', query='', fragment='a#b')
# expect: SplitResult(scheme='http', netloc='h', path='/p#f', query='', fragment='')
# expect: ParseResult(scheme='https', netloc='', path='path', params='', query='', fragment='')
# expect: 65535 None
# expect: ValueError: Port out of range 0-65535
# expect: ValueError: Port could not be cast to integer value as 'abc'
# expect: ValueError: Port could not be cast to integer value as '-1'
# expect: ValueError: Invalid IPv6 URL
# expect: ValueError: Invalid IPv6 URL
# expect: ValueError: An IPv4 address cannot be in brackets
# expect: ValueError: 'zz' does not appear to be an IPv4 or IPv6 address
# expect: SplitResult(scheme='http', netloc='[v1.x]', path='/', query='', fragment='')
# expect: ValueError: IPvFuture address is invalid
# expect: http://h/p;a?q#f
# expect: http:///p
# expect: /p mailto:a@b
# expect: file:///tmp
# expect: 'g:h' g:h
# expect: 'g' http://a/b/c/g
# expect: './g' http://a/b/c/g
# expect: 'g/' http://a/b/c/g/
# expect: '/g' http://a/g
# expect: '//g' http://g
# expect: '?y' http://a/b/c/d;p?y
# expect: 'g?y' http://a/b/c/g?y
# expect: '#s' http://a/b/c/d;p?q#s
# expect: 'g#s' http://a/b/c/g#s
# expect: 'g?y#s' http://a/b/c/g?y#s
# expect: ';x' http://a/b/c/;x
# expect: 'g;x' http://a/b/c/g;x
# expect: 'g;x?y#s' http://a/b/c/g;x?y#s
# expect: '' http://a/b/c/d;p?q
# expect: '.' http://a/b/c/
# expect: './' http://a/b/c/
# expect: '..' http://a/b/
# expect: '../' http://a/b/
# expect: '../g' http://a/b/g
# expect: '../..' http://a/
# expect: '../../' http://a/
# expect: '../../g' http://a/g
# expect: '../../../g' http://a/g
# expect: '../../../../g' http://a/g
# expect: '/./g' http://a/g
# expect: '/../g' http://a/g
# expect: 'g.' http://a/b/c/g.
# expect: '.g' http://a/b/c/.g
# expect: 'g..' http://a/b/c/g..
# expect: '..g' http://a/b/c/..g
# expect: './../g' http://a/b/g
# expect: './g/.' http://a/b/c/g/
# expect: 'g/./h' http://a/b/c/g/h
# expect: 'g/../h' http://a/b/c/h
# expect: 'g;x=1/./y' http://a/b/c/g;x=1/y
# expect: 'g;x=1/../y' http://a/b/c/y
# expect: 'g?y/./x' http://a/b/c/g?y/./x
# expect: 'g#s/../x' http://a/b/c/g#s/../x
# expect: 'http:g' http://a/b/c/g
# expect: 'https://other/x' https://other/x
# expect: 'a//b' http://a/b/c/a/b
# expect: x http://h/a c
# expect: http://h/a/c
# expect: DefragResult(url='http://h/p?q', fragment='frag') http://h/p
# expect: http://h/p#f
# expect: abc%20def/ghi%3Fx%3D1%26y%3D%C3%A9~ %2Fa%20b a%20b%FF
# expect: a+b%20c  %E6%97%A5%E6%9C%AC %E9
# expect: a+b%26c%3Dd%2Fe x/y+z a+b
# expect: abc%20def%3F
# expect: abc def/x%zz%4 日本 ��
# expect: é a b no escapes
# expect: a b+c b'a b\xff' b''
# expect: é x
# expect: TypeError: quote_from_bytes() expected bytes
# expect: TypeError: quote() doesn't support 'encoding' for bytes
# expect: TypeError: quote_from_bytes() expected bytes
# expect: TypeError: argument of type 'NoneType' is not iterable
# expect: a=1&b=x+y&c=%C3%A9%26
# expect: a=1&a=2&b=z+z
# expect: a=1&a=2&b=xy&c=3
# expect: a=%5B1%2C+2%5D p=%2Fx%20y
# expect: p=/x
# expect: TypeError: not a valid non-string sequence or mapping object
# expect: {'a': ['1', '3'], 'b': ['2']}
# expect: {'a': ['1', '3'], 'b': ['2'], 'c': [''], 'd': ['']}
# expect: [('x', 'a b c'), ('y', 'é'), ('z', '1')]
# expect: [('a', '1'), ('b', '2')] [] [(b'k', b'v w')]
# expect: ValueError: bad query field: 'b'
# expect: ValueError: Max number of fields exceeded
# expect: ValueError: Separator must be of type string or bytes.
# expect: ParseResultBytes(scheme=b'http', netloc=b'u@h:81', path=b'/p', params=b'x', query=b'q', fragment=b'f') b'h' 81 b'u' b'http://u@h:81/p;x?q#f'
# expect: ParseResult(scheme='http', netloc='u@h:81', path='/p', params='x', query='q', fragment='f') ParseResultBytes(scheme=b'https', netloc=b'user:pw@Example.COM:8080', path=b'/a/b', params=b'p=1', query=b'q=2&r=3', fragment=b'frag')
# expect: http://h/p b'http://h/c'
# expect: DefragResultBytes(url=b'x', fragment=b'y') b'http://h/'
# expect: TypeError: Cannot mix str and non-str arguments
# expect: http://x/ True
# expect: a://b/c?d#e u
# expect: http://h
