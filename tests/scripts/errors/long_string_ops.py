s = "ab" * 500000
print(len(s), s.count("ab"), s[-3:])  # expect: 1000000 500000 bab
parts = ",".join(str(i) for i in range(100000)).split(",")
print(len(parts), parts[-1])  # expect: 100000 99999
big = 7 ** 5000
print(len(str(big)), str(big)[:20])  # expect: 4226 30917194013597692114
lst = list(range(200000))
lst.sort(reverse=True)
print(lst[:3], sum(lst))  # expect: [199999, 199998, 199997] 19999900000
