import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "modules"))
import pkghelper  # expect: mymod loading
import mymod
print(pkghelper.use(), pkghelper.NAME)  # expect: hello from pkghelper pkghelper
print("mymod" in sys.modules, sys.modules["mymod"] is mymod)  # expect: True True
from pkghelper import *
print(use())  # expect: hello from pkghelper
