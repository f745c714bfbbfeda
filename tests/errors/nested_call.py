def parse(text):
    return int(text)

total = 0
for word in ["1", "2", "x"]:
    total = total + parse(word)
