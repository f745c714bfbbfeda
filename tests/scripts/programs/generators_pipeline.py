def read_lines(text):
    for line in text.split("\n"):
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip())
def parse(lines):
    for l in lines:
        name, _, score = l.partition(":")
        yield name.strip(), int(score)
data = """alice: 90

bob: 72
carol: 85
"""
results = list(parse(non_empty(read_lines(data))))
print(results)  # expect: [('alice', 90), ('bob', 72), ('carol', 85)]
print(max(results, key=lambda r: r[1]))  # expect: ('alice', 90)
avg = sum(s for _, s in results) / len(results)
print(f"{avg:.2f}")  # expect: 82.33
