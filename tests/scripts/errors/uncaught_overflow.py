import math
print(math.exp(1) > 2)  # expect: True
math.exp(1000)
# expect error: OverflowError
