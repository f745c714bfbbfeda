"""The line diff `unittest` appends to long failure messages: CPython's `difflib.ndiff`
output (`- `, `+ `, `  ` and `? ` hint lines), with the same longest-match choices
(junk characters: space and tab; popular elements ignored for sequences of 200+).
Private to `unittest`; Fibra has no `difflib` module."""


def _ratio(matches, length):
    if length:
        return 2.0 * matches / length
    return 1.0


class _Matcher:
    def __init__(self, isjunk=None, a='', b=''):
        self.isjunk = isjunk
        self.a = a
        self.set_seq2(b)

    def set_seq1(self, a):
        self.a = a
        self._blocks = None

    def set_seq2(self, b):
        self.b = b
        self._blocks = None
        self._fullbcount = None
        index = {}
        for i, elt in enumerate(b):
            index.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk is not None:
            for elt in list(index):
                if self.isjunk(elt):
                    junk.add(elt)
                    del index[elt]
        n = len(b)
        if n >= 200:
            limit = n // 100 + 1
            for elt in [e for e, idx in index.items() if len(idx) > limit]:
                del index[elt]
        self._index = index
        self._junk = junk

    def _longest(self, alo, ahi, blo, bhi):
        a, b, index, junk = self.a, self.b, self._index, self._junk
        besti, bestj, bestsize = alo, blo, 0
        runs = {}
        for i in range(alo, ahi):
            new_runs = {}
            for j in index.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = runs.get(j - 1, 0) + 1
                new_runs[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            runs = new_runs
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and (b[bestj - 1] in junk) == want_junk
                   and a[besti - 1] == b[bestj - 1]):
                besti -= 1
                bestj -= 1
                bestsize += 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi and
                   (b[bestj + bestsize] in junk) == want_junk and
                   a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return besti, bestj, bestsize

    def matching_blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        found = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = self._longest(alo, ahi, blo, bhi)
            if k:
                found.append((i, j, k))
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in found:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        i = j = 0
        result = []
        for ai, bj, size in self.matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                result.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                result.append(('equal', ai, i, bj, j))
        return result

    def ratio(self):
        matches = sum(size for _, _, size in self.matching_blocks())
        return _ratio(matches, len(self.a) + len(self.b))

    def quick_ratio(self):
        if self._fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self._fullbcount = counts
        counts = self._fullbcount
        avail = {}
        matches = 0
        for elt in self.a:
            if elt in avail:
                numb = avail[elt]
            else:
                numb = counts.get(elt, 0)
            avail[elt] = numb - 1
            if numb > 0:
                matches += 1
        return _ratio(matches, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        return _ratio(min(la, lb), la + lb)


def _char_junk(ch):
    return ch in ' \t'


def _dump(tag, x, lo, hi, out):
    for i in range(lo, hi):
        out.append('%s %s' % (tag, x[i]))


def _plain_replace(a, alo, ahi, b, blo, bhi, out):
    if bhi - blo < ahi - alo:
        _dump('+', b, blo, bhi, out)
        _dump('-', a, alo, ahi, out)
    else:
        _dump('-', a, alo, ahi, out)
        _dump('+', b, blo, bhi, out)


def _keep_ws(line, tags):
    return ''.join(c if t == ' ' and c.isspace() else t for c, t in zip(line, tags))


def _fancy_replace(a, alo, ahi, b, blo, bhi, out):
    # Pair the most similar lines (ratio >= 0.75) and mark their differences.
    best_ratio, cutoff = 0.74, 0.75
    m = _Matcher(_char_junk)
    eqi = eqj = None
    best_i = best_j = None
    for j in range(blo, bhi):
        bj = b[j]
        m.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            m.set_seq1(ai)
            if (m.real_quick_ratio() > best_ratio and m.quick_ratio() > best_ratio
                    and m.ratio() > best_ratio):
                best_ratio, best_i, best_j = m.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            _plain_replace(a, alo, ahi, b, blo, bhi, out)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None
    _fancy_helper(a, alo, best_i, b, blo, best_j, out)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        m = _Matcher(_char_junk, aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in m.opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        atags = _keep_ws(aelt, atags).rstrip()
        btags = _keep_ws(belt, btags).rstrip()
        out.append('- ' + aelt)
        if atags:
            out.append('? %s\n' % atags)
        out.append('+ ' + belt)
        if btags:
            out.append('? %s\n' % btags)
    else:
        out.append('  ' + aelt)
    _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi, out)


def _fancy_helper(a, alo, ahi, b, blo, bhi, out):
    if alo < ahi:
        if blo < bhi:
            _fancy_replace(a, alo, ahi, b, blo, bhi, out)
        else:
            _dump('-', a, alo, ahi, out)
    elif blo < bhi:
        _dump('+', b, blo, bhi, out)


def ndiff(a, b):
    """The ndiff lines comparing the line lists `a` and `b`."""
    out = []
    for tag, alo, ahi, blo, bhi in _Matcher(None, a, b).opcodes():
        if tag == 'replace':
            _fancy_replace(a, alo, ahi, b, blo, bhi, out)
        elif tag == 'delete':
            _dump('-', a, alo, ahi, out)
        elif tag == 'insert':
            _dump('+', b, blo, bhi, out)
        else:
            _dump(' ', a, alo, ahi, out)
    return out
