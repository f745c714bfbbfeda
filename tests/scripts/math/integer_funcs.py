import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2**70, 2**65 * 3))  # expect: 6 5 2 36893488147419103232
print(math.factorial(0), math.factorial(5), math.factorial(25))  # expect: 1 120 15511210043330985984000000
print(math.comb(5, 2), math.comb(50, 25), math.perm(5, 2), math.perm(5))  # expect: 10 126410606437752 20 120
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([0.5, 4]))  # expect: 24 1 2.0
print(math.isqrt(17), math.isqrt(10**20))  # expect: 4 10000000000
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: factorial() not defined for negative values
