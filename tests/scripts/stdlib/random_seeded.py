import random
random.seed(42)
print(random.random(), random.random())  # expect: 0.6394267984578837 0.025010755222666936
print([random.randint(1, 100) for _ in range(5)], random.randrange(0, 100, 7), random.getrandbits(70))  # expect: [36, 32, 29, 18, 95] 7 1065127320492871265645
l = list(range(10)); random.shuffle(l); print(l)  # expect: [3, 2, 4, 9, 5, 7, 0, 6, 1, 8]
print(random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))  # expect: e [25, 91, 83, 89, 69] 1.4195198209616589
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2))  # expect: -0.7666888024097388 0.2533316163983756 2.9775599110117477
print(random.choices("abc", k=4), random.choices("abc", weights=[1, 5, 10], k=4))  # expect: ['a', 'a', 'c', 'a'] ['c', 'b', 'b', 'b']
r = random.Random(12345678901234567890); print(r.random(), r.randrange(10**30))  # expect: 0.5120180983871961 605486346135976594043936160093
r2 = random.Random(-7); print(r2.random() == random.Random(7).random())  # expect: True
random.seed(0); print(random.sample(range(10000), 8), random.expovariate(2.0), random.triangular(0, 10, 3))  # expect: [6311, 6890, 663, 4242, 8376, 7961, 6634, 4969] 1.7178943343365678 3.296527484105658
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())  # expect: True
