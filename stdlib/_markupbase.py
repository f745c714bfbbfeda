"""The base of `html.parser.HTMLParser` (CPython's `_markupbase`, the parts HTMLParser
uses): position tracking, comments and marked sections (`<![CDATA[...]]>`).

Not provided: `parse_declaration` and the DTD internal-subset scanners, which
`HTMLParser` does not call (it reads `<!DOCTYPE ...>` itself).
"""

import re

_declname_match = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*').match
_commentclose = re.compile(r'--\s*>')
_markedsectionclose = re.compile(r']\s*]\s*>')
# MS Word writes marked sections like "<![if word]> ... <![endif]>".
_msmarkedsectionclose = re.compile(r']\s*>')


class ParserBase:
    """Shared support for the HTML parser: `rawdata` holds the unparsed text,
    `lineno`/`offset` the position reached."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """The current (line number, offset)."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        # Advance the position over rawdata[i:j]; returns j.
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex("\n", i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def parse_marked_section(self, i, report=1):
        """`<![name ...]]>` at `i`: reports its text to `unknown_decl`; returns the
        index after it, or -1 when it is incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 3] != '<![':
            raise AssertionError("unexpected call to parse_marked_section()")
        sect_name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if sect_name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            match = _markedsectionclose.search(rawdata, i + 3)
        elif sect_name in {"if", "else", "endif"}:
            match = _msmarkedsectionclose.search(rawdata, i + 3)
        else:
            raise AssertionError(
                'unknown status keyword %r in marked section' % rawdata[i + 3:j])
        if not match:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:match.start(0)])
        return match.end(0)

    def parse_comment(self, i, report=1):
        """`<!-- ... -->` at `i`: reports its text to `handle_comment`; returns the
        index after it, or -1 when it is incomplete."""
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start(0)])
        return match.end(0)

    def _scan_name(self, i, declstartpos):
        # A declaration name at `i`: (lower-cased name, index after it and its
        # trailing space), or (None, -1) at the end of the buffer.
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _declname_match(rawdata, i)
        if m:
            s = m.group()
            if (i + len(s)) == n:
                return None, -1
            return s.strip().lower(), m.end()
        self.updatepos(declstartpos, i)
        raise AssertionError(
            "expected name token at %r" % rawdata[declstartpos:declstartpos + 20])

    def unknown_decl(self, data):
        pass
