text = "the quick brown fox jumps over the lazy dog the end"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)  # expect: {'the': 3, 'quick': 1, 'brown': 1, 'fox': 1, 'jumps': 1, 'over': 1, 'lazy': 1, 'dog': 1, 'end': 1}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])  # expect: [('the', 3), ('brown', 1), ('dog', 1)]
groups = {}
for w in text.split():
    groups.setdefault(len(w), []).append(w)
print(groups)  # expect: {3: ['the', 'fox', 'the', 'dog', 'the', 'end'], 5: ['quick', 'brown', 'jumps'], 4: ['over', 'lazy']}
