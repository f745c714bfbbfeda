i = 0
while i < 3:
    print("loop", i)  # expect: loop 0
    # expect: loop 1
    # expect: loop 2
    i += 1
else:
    print("else ran", i)  # expect: else ran 3
j = 0
while True:
    j += 1
    if j == 5:
        break
else:
    print("never")
print("j", j)  # expect: j 5
k = 10
while k:
    k -= 3
    if k < 0:
        break
print("k", k)  # expect: k -2
