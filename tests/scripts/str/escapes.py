print("tab:\tend")  # expect: tab:	end
print("quote: \" and \'")  # expect: quote: " and '
print("backslash: \\")  # expect: backslash: \
print("hex: \x41 oct: \101 uni: \u0041")  # expect: hex: A oct: A uni: A
print(repr("a\nb"), repr("it's"), repr('say "hi"'), repr("both ' and \""))  # expect: 'a\nb' "it's" 'say "hi"' 'both \' and "'
print(r"raw \n string")  # expect: raw \n string
print(len("\n"), len(r"\n"))  # expect: 1 2
print(repr("\x00\x7f"), repr("é"))  # expect: '\x00\x7f' 'é'
