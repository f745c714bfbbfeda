# str.title/capitalize use Unicode titlecase (not uppercase) for a word's first letter,
# istitle/isupper/islower know the titlecase letters (Lt), and Σ lowers to ς at a word end.
for w in ["ǆemal", "ǅ", "Ǆa", "ﬁsh ﬂow", "ﬃ", "ß", "straße", "ᾳ", "ᾀbc", "ᾈ", "ᾷ", "ﬓ", "და", "ŉ"]:
    print(ascii(w), ascii(w.title()), ascii(w.capitalize()), w.istitle(), w.isupper(), w.islower())  # expect: '\u01c6emal' '\u01c5emal' '\u01c5emal' False False True
    # expect: '\u01c5' '\u01c5' '\u01c5' True False False
    # expect: '\u01c4a' '\u01c5a' '\u01c5a' True False False
    # expect: '\ufb01sh \ufb02ow' 'Fish Flow' 'Fish \ufb02ow' False False True
    # expect: '\ufb03' 'Ffi' 'Ffi' False False True
    # expect: '\xdf' 'Ss' 'Ss' False False True
    # expect: 'stra\xdfe' 'Stra\xdfe' 'Stra\xdfe' False False True
    # expect: '\u1fb3' '\u1fbc' '\u1fbc' False False True
    # expect: '\u1f80bc' '\u1f88bc' '\u1f88bc' False False True
    # expect: '\u1f88' '\u1f88' '\u1f88' True False False
    # expect: '\u1fb7' '\u0391\u0342\u0345' '\u0391\u0342\u0345' False False True
    # expect: '\ufb13' '\u0544\u0576' '\u0544\u0576' False False True
    # expect: '\u10d3\u10d0' '\u10d3\u10d0' '\u10d3\u10d0' False False True
    # expect: '\u0149' '\u02bcN' '\u02bcN' False False True
print(ascii("ΟΔΟΣ".capitalize()), ascii("ΟΔΟΣ ΚΑΙ".title()), ascii("ΟΔΟΣ".swapcase()))  # expect: '\u039f\u03b4\u03bf\u03c2' '\u039f\u03b4\u03bf\u03c2 \u039a\u03b1\u03b9' '\u03bf\u03b4\u03bf\u03c2'
print(ascii("Σ".capitalize()), ascii("ΑΣ.".title()), ascii("ΑΣΑ".capitalize()), ascii("ΑΣ".lower()))  # expect: '\u03a3' '\u0391\u03c2.' '\u0391\u03c3\u03b1' '\u03b1\u03c2'
print("Hello World".istitle(), "hello".title(), "they're bill's".title(), "a1b2".title())  # expect: True Hello They'Re Bill'S A1B2
