s = "héllo wörld ✓ 日本"
print(s)  # expect: héllo wörld ✓ 日本
print(len(s))  # expect: 16
print(s[1], s[-1], s[-4])  # expect: é 本 ✓
print(s.upper())  # expect: HÉLLO WÖRLD ✓ 日本
print(ord("é"), chr(233), ord("日"), chr(0x1F600) == "\U0001F600")  # expect: 233 é 26085 True
print("\u00e9" == "é", "\N{GREEK SMALL LETTER ALPHA}")  # expect: True α
print(s[::-1])  # expect: 本日 ✓ dlröw olléh
print(len("😀"), len("😀".encode()))  # expect: 1 4
print("日本" in s, s.find("✓"))  # expect: True 12
