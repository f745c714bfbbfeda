import math as m
from math import sqrt, pi as PI
from os import path
import os.path
print(m.floor(2.5), sqrt(9), round(PI, 2), path.join("a", "b"), os.path.basename("/q/r"))  # expect: 2 3.0 3.14 a/b r
import json, re
print(json.dumps([re.sub("a", "b", "aa")]))  # expect: ["bb"]
