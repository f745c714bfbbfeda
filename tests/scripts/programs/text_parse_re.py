import re
log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO started worker 7
2024-01-06 WARN slow response 1200ms
2024-01-07 ERROR timeout after 30s"""
pat = re.compile(r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
counts = {}
for m in pat.finditer(log):
    counts[m.group("level")] = counts.get(m.group("level"), 0) + 1
print(counts)  # expect: {'ERROR': 2, 'INFO': 1, 'WARN': 1}
errors = [m.group("msg") for m in pat.finditer(log) if m.group("level") == "ERROR"]
print(errors)  # expect: ['disk full on /dev/sda1', 'timeout after 30s']
print(re.findall(r"\d+(?=ms|s\b)", log))  # expect: ['1200', '30']
print(re.sub(r"\d{4}-(\d{2})-(\d{2})", r"\2/\1", log.splitlines()[0]))  # expect: 05/01 ERROR disk full on /dev/sda1
