from html.parser import HTMLParser


class Dump(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(("startend", tag, attrs))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == "data":
            self.events[-1] = ("data", self.events[-1][1] + data)
        else:
            self.events.append(("data", data))

    def handle_comment(self, data):
        self.events.append(("comment", data))

    def handle_decl(self, decl):
        self.events.append(("decl", decl))

    def handle_pi(self, data):
        self.events.append(("pi", data))

    def handle_entityref(self, name):
        self.events.append(("entityref", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))

    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))


def parse(text, chunks=1, **kw):
    p = Dump(**kw)
    size = max(1, len(text) // chunks)
    for k in range(0, len(text), size):
        p.feed(text[k:k + size])
    p.close()
    return p.events


doc = """<!DOCTYPE html>
<html lang="en">
<head><title>Test &amp; check</title>
<meta charset=utf-8 />
<script type="text/javascript">if (a < b && c > d) { x = "</div>"; }</script>
<style>p > a { color: red; }</style>
</head>
<body class='main page' data-x = "1 &lt; 2" hidden>
<!-- a comment -- with dashes -->
<p id=p1>Caf&eacute; &#233; &#xE9; &copy 2024 &nosuch; a & b < c</p>
<?php echo "hi"; ?>
<br/><img src="a.png" alt=''/><input disabled>
<![CDATA[raw <stuff>]]>
<A HREF="X">Upper</A>
</body></html>
"""
for e in parse(doc):
    print(e)  # expect: ('decl', 'DOCTYPE html')
    # expect: ('data', '\n')
    # expect: ('start', 'html', [('lang', 'en')])
    # expect: ('data', '\n')
    # expect: ('start', 'head', [])
    # expect: ('start', 'title', [])
    # expect: ('data', 'Test & check')
    # expect: ('end', 'title')
    # expect: ('data', '\n')
    # expect: ('startend', 'meta', [('charset', 'utf-8')])
    # expect: ('data', '\n')
    # expect: ('start', 'script', [('type', 'text/javascript')])
    # expect: ('data', 'if (a < b && c > d) { x = "</div>"; }')
    # expect: ('end', 'script')
    # expect: ('data', '\n')
    # expect: ('start', 'style', [])
    # expect: ('data', 'p > a { color: red; }')
    # expect: ('end', 'style')
    # expect: ('data', '\n')
    # expect: ('end', 'head')
    # expect: ('data', '\n')
    # expect: ('start', 'body', [('class', 'main page'), ('data-x', '1 < 2'), ('hidden', None)])
    # expect: ('data', '\n')
    # expect: ('comment', ' a comment -- with dashes ')
    # expect: ('data', '\n')
    # expect: ('start', 'p', [('id', 'p1')])
    # expect: ('data', 'Café é é © 2024 &nosuch; a & b < c')
    # expect: ('end', 'p')
    # expect: ('data', '\n')
    # expect: ('pi', 'php echo "hi"; ?')
    # expect: ('data', '\n')
    # expect: ('startend', 'br', [])
    # expect: ('startend', 'img', [('src', 'a.png'), ('alt', '')])
    # expect: ('start', 'input', [('disabled', None)])
    # expect: ('data', '\n')
    # expect: ('unknown_decl', 'CDATA[raw <stuff>')
    # expect: ('data', '\n')
    # expect: ('start', 'a', [('href', 'X')])
    # expect: ('data', 'Upper')
    # expect: ('end', 'a')
    # expect: ('data', '\n')
    # expect: ('end', 'body')
    # expect: ('end', 'html')
    # expect: ('data', '\n')
print(parse(doc) == parse(doc, chunks=7) == parse(doc, chunks=len(doc)))  # expect: True
print("----")  # expect: ----
for e in parse(doc, convert_charrefs=False):
    print(e)  # expect: ('decl', 'DOCTYPE html')
    # expect: ('data', '\n')
    # expect: ('start', 'html', [('lang', 'en')])
    # expect: ('data', '\n')
    # expect: ('start', 'head', [])
    # expect: ('start', 'title', [])
    # expect: ('data', 'Test ')
    # expect: ('entityref', 'amp')
    # expect: ('data', ' check')
    # expect: ('end', 'title')
    # expect: ('data', '\n')
    # expect: ('startend', 'meta', [('charset', 'utf-8')])
    # expect: ('data', '\n')
    # expect: ('start', 'script', [('type', 'text/javascript')])
    # expect: ('data', 'if (a < b && c > d) { x = "</div>"; }')
    # expect: ('end', 'script')
    # expect: ('data', '\n')
    # expect: ('start', 'style', [])
    # expect: ('data', 'p > a { color: red; }')
    # expect: ('end', 'style')
    # expect: ('data', '\n')
    # expect: ('end', 'head')
    # expect: ('data', '\n')
    # expect: ('start', 'body', [('class', 'main page'), ('data-x', '1 < 2'), ('hidden', None)])
    # expect: ('data', '\n')
    # expect: ('comment', ' a comment -- with dashes ')
    # expect: ('data', '\n')
    # expect: ('start', 'p', [('id', 'p1')])
    # expect: ('data', 'Caf')
    # expect: ('entityref', 'eacute')
    # expect: ('data', ' ')
    # expect: ('charref', '233')
    # expect: ('data', ' ')
    # expect: ('charref', 'xE9')
    # expect: ('data', ' ')
    # expect: ('entityref', 'copy')
    # expect: ('data', ' 2024 ')
    # expect: ('entityref', 'nosuch')
    # expect: ('data', ' a & b < c')
    # expect: ('end', 'p')
    # expect: ('data', '\n')
    # expect: ('pi', 'php echo "hi"; ?')
    # expect: ('data', '\n')
    # expect: ('startend', 'br', [])
    # expect: ('startend', 'img', [('src', 'a.png'), ('alt', '')])
    # expect: ('start', 'input', [('disabled', None)])
    # expect: ('data', '\n')
    # expect: ('unknown_decl', 'CDATA[raw <stuff>')
    # expect: ('data', '\n')
    # expect: ('start', 'a', [('href', 'X')])
    # expect: ('data', 'Upper')
    # expect: ('end', 'a')
    # expect: ('data', '\n')
    # expect: ('end', 'body')
    # expect: ('end', 'html')
    # expect: ('data', '\n')
print(parse(doc, convert_charrefs=False) == parse(doc, chunks=5, convert_charrefs=False))  # expect: True
print("----")  # expect: ----
for text in ["<a", "<a href='x", "a &am", "x</", "<!-- unclosed", "</a b c>", "</3>", "</>",
             "<div<p>", "< p>", "text &#x; more", "&#65;&#66", "<p a=1 b c='2'/>", "<!weird>",
             "<a b='c'd>", "<script>no end", "<title>&amp;</title>", "1 < 2 > 0", "&",
             "<![if word]>x<![endif]>", "<a\nb='1'\n>x</a\n>", "<x/y>", "<p/ >"]:
    print(repr(text), parse(text), parse(text, convert_charrefs=False))  # expect: '<a' [('data', '<a')] [('data', '<a')]
    # expect: "<a href='x" [('data', "<a href='x")] [('data', "<a href='x")]
    # expect: 'a &am' [('data', 'a &am')] [('data', 'a &am')]
    # expect: 'x</' [('data', 'x</')] [('data', 'x</')]
    # expect: '<!-- unclosed' [('data', '<!-- unclosed')] [('data', '<!-- unclosed')]
    # expect: '</a b c>' [('end', 'a')] [('end', 'a')]
    # expect: '</3>' [('comment', '3')] [('comment', '3')]
    # expect: '</>' [] []
    # expect: '<div<p>' [('start', 'div<p', [])] [('start', 'div<p', [])]
    # expect: '< p>' [('data', '< p>')] [('data', '< p>')]
    # expect: 'text &#x; more' [('data', 'text &#x; more')] [('data', 'text &#x; more')]
    # expect: '&#65;&#66' [('data', 'AB')] [('charref', '65'), ('data', '&#66')]
    # expect: "<p a=1 b c='2'/>" [('startend', 'p', [('a', '1'), ('b', None), ('c', '2')])] [('startend', 'p', [('a', '1'), ('b', None), ('c', '2')])]
    # expect: '<!weird>' [('comment', 'weird')] [('comment', 'weird')]
    # expect: "<a b='c'd>" [('start', 'a', [('b', 'c'), ('d', None)])] [('start', 'a', [('b', 'c'), ('d', None)])]
    # expect: '<script>no end' [('start', 'script', [])] [('start', 'script', [])]
    # expect: '<title>&amp;</title>' [('start', 'title', []), ('data', '&'), ('end', 'title')] [('start', 'title', []), ('entityref', 'amp'), ('end', 'title')]
    # expect: '1 < 2 > 0' [('data', '1 < 2 > 0')] [('data', '1 < 2 > 0')]
    # expect: '&' [('data', '&')] [('data', '&')]
    # expect: '<![if word]>x<![endif]>' [('unknown_decl', 'if word'), ('data', 'x'), ('unknown_decl', 'endif')] [('unknown_decl', 'if word'), ('data', 'x'), ('unknown_decl', 'endif')]
    # expect: "<a\nb='1'\n>x</a\n>" [('start', 'a', [('b', '1')]), ('data', 'x'), ('end', 'a')] [('start', 'a', [('b', '1')]), ('data', 'x'), ('end', 'a')]
    # expect: '<x/y>' [('start', 'x', [('y', None)])] [('start', 'x', [('y', None)])]
    # expect: '<p/ >' [('start', 'p', [])] [('start', 'p', [])]

p = Dump()
p.feed("line1\n<a>\n  <b x='1'>")
print(p.getpos(), p.get_starttag_text(), p.lasttag)  # expect: (3, 11) <b x='1'> b
p.feed("text")
p.reset()
print(p.getpos(), p.rawdata, p.lasttag)  # expect: (1, 0)  ???
print(HTMLParser.CDATA_CONTENT_ELEMENTS)  # expect: ('script', 'style')
HTMLParser().feed("<a>ignored</a>")
