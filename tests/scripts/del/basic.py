# __del__ runs once when the last reference goes: `del`, rebinding, the end of a call,
# a container emptied, and at the end of the program; exceptions in it are reported
# and ignored; a subclass inherits it; assigning it to the class later works.
# (Fibra runs a finaliser at the next safepoint after the free: at once after `del`, a
# module-level rebinding or the end of a script call, but after a builtin that freed the
# object, such as `list.clear()`, only at the next script call, loop iteration or
# statement that is one; `mark()` below is a script call, where CPython and Fibra agree.)
import sys


def mark(text):
    print(text)


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = Res("a")
del a
print("after del")  # expect: del a
# expect: after del

b = Res("b")
b = None
print("after rebinding")  # expect: del b
# expect: after rebinding


def scope():
    c = Res("c")
    print("in scope")
    return 1


scope()
print("after call")  # expect: in scope
# expect: del c
# expect: after call

items = [Res("l1")]
items.clear()
mark("after clear")  # expect: del l1
# expect: after clear

d = {"k": Res("dict value")}
d["k"] = 0
mark("after replace")  # expect: del dict value
# expect: after replace


class Sub(Res):
    pass


s = Sub("sub")
del s
print("subclass")  # expect: del sub
# expect: subclass


class Plain:
    pass


Plain.__del__ = lambda self: print("assigned later")
p = Plain()
del p
print("after assigned")  # expect: assigned later
# expect: after assigned


class Raises:
    def __del__(self):
        raise ValueError("from __del__")


r = Raises()
del r
print("still running")  # expect: still running


class Once:
    count = 0

    def __del__(self):
        Once.count += 1
        saved.append(self)  # resurrected: stays alive, __del__ never runs again


saved = []
o = Once()
del o
print(Once.count, len(saved))  # expect: 1 1
saved.clear()
print(Once.count, len(saved))  # expect: 1 0


class Attr:
    def __del__(self):
        # Everything the instance holds is still there when __del__ runs.
        print("closing", self.fh.name, sorted(self.__dict__))


class FakeFile:
    name = "fake"


x = Attr()
x.fh = FakeFile()
x.other = [1, 2]
x = None
print("end of main")  # expect: closing fake ['fh', 'other']
# expect: end of main

PREFIX = "at exit:"


class AtExit:
    def __del__(self):
        sys.stdout.write(PREFIX + " " + self.name + "\n")


first = AtExit()
first.name = "first"
second = AtExit()
second.name = "second"
in_a_list = [AtExit()]
in_a_list[0].name = "in a list"
# expect: at exit: first
# expect: at exit: second
# expect: at exit: in a list
