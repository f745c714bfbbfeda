import mymod
def use():
    return mymod.greet("from pkghelper")
NAME = __name__
