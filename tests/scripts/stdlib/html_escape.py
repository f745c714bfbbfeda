import html
from html.entities import html5, name2codepoint, codepoint2name, entitydefs

print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))  # expect: &lt;a href=&quot;x&quot;&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/a&gt;
print(html.escape("<a href=\"x\">Tom & 'Jerry'</a>", quote=False))  # expect: &lt;a href="x"&gt;Tom &amp; 'Jerry'&lt;/a&gt;
print(html.escape("&amp;"), html.escape(""))  # expect: &amp;amp;
print(html.unescape("&lt;p&gt;Tom &amp; Jerry&lt;/p&gt; &quot;q&quot; &#39;s&#x27;"))  # expect: <p>Tom & Jerry</p> "q" 's'
print(html.unescape("&copy; 2024 &eacute;t&eacute; &hellip; &euro;&nbsp;|"))  # expect: © 2024 été … € |
print(ascii(html.unescape("&notit; &notin; &amp &ampx &AMP; &Amp; &lt3 &unknown; &;")))  # expect: '\xacit; \u2209 & &x & &Amp; <3 &unknown; &;'
print(ascii(html.unescape("&#65;&#x42;&#X43;&#0;&#13;&#128;&#150;&#x9f;&#1;&#x7f;&#xb;")))  # expect: 'ABC\ufffd\r\u20ac\u2013\u0178'
print(ascii(html.unescape("&#xD800;&#1114112;&#99999999999999999999;&#xFFFF;&#x1FFFE;&#x10FFFF;")))  # expect: '\ufffd\ufffd\ufffd'
print(ascii(html.unescape("&#65 &#x41x &# &#x; & &&amp;; a&b")))  # expect: 'A Ax &# &#x; & &&; a&b'
print(ascii(html.unescape("&NotNestedGreaterGreater; &fjlig; &ThickSpace; &acE;")))  # expect: '\u2aa2\u0338 fj \u205f\u200a \u223e\u0333'
print(ascii(html.unescape("&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;")), html.unescape("no refs"))  # expect: '&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;' no refs
print(len(html5), len(name2codepoint), len(codepoint2name), len(entitydefs))  # expect: 2231 252 252 252
print(html5["gt;"], html5["gt"], name2codepoint["eacute"], codepoint2name[0x3b1], entitydefs["amp"])  # expect: > > 233 alpha &
print(html.unescape(html.escape("x < y & \"z\" 'w'")))  # expect: x < y & "z" 'w'
