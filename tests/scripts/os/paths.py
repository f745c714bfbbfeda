import os
import os.path
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "x"), os.path.join("a", "/abs"))  # expect: a/b/c.txt /root/x /abs
print(os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"), os.path.dirname("file"))  # expect: z.py /x/y
print(os.path.splitext("archive.tar.gz"), os.path.splitext("noext"), os.path.splitext(".hidden"))  # expect: ('archive.tar', '.gz') ('noext', '') ('.hidden', '')
print(os.path.split("/a/b/c"), os.sep)  # expect: ('/a/b', 'c') /
print(os.path.isabs("/x"), os.path.isabs("x"))  # expect: True False
print(os.path.abspath("/a/b/../c"), os.path.abspath("rel") == os.path.join(os.getcwd(), "rel"))  # expect: /a/c True
print(os.path.normpath("a//b/./c/.."))  # expect: a/b
