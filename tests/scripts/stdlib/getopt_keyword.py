import getopt
import keyword

args = "-a -b -cfoo -d bar a1 a2".split()
print(getopt.getopt(args, "abc:d:"))  # expect: ([('-a', ''), ('-b', ''), ('-c', 'foo'), ('-d', 'bar')], ['a1', 'a2'])
print(getopt.getopt(["-abcval", "x"], "abc:"))  # expect: ([('-a', ''), ('-b', ''), ('-c', 'val')], ['x'])
s = "--condition=foo --testing --output-file abc.def -x a1 a2"
print(getopt.getopt(s.split(), "x", ["condition=", "output-file=", "testing"]))  # expect: ([('--condition', 'foo'), ('--testing', ''), ('--output-file', 'abc.def'), ('-x', '')], ['a1', 'a2'])
print(getopt.getopt(["--cond=1", "--te", "--", "-x"], "x", ["condition=", "testing"]))  # expect: ([('--condition', '1'), ('--testing', '')], ['-x'])
print(getopt.getopt(["-x", "arg", "-y"], "xy"), getopt.getopt(["-", "-x"], "x"))  # expect: ([('-x', '')], ['arg', '-y']) ([], ['-', '-x'])
print(getopt.getopt(["--long"], "", "long"), getopt.getopt(["--a=1"], "", ["alpha=", "beta"]))  # expect: ([('--long', '')], []) ([('--alpha', '1')], [])
print(getopt.getopt(["--alpha", "-x"], "x", ["alpha="]))  # expect: ([('--alpha', '-x')], [])
print(getopt.gnu_getopt(["a", "-x", "b", "--long", "v", "c", "--", "-y"], "xy", ["long="]))  # expect: ([('-x', ''), ('--long', 'v')], ['a', 'b', 'c', '-y'])
print(getopt.gnu_getopt(["a", "-x"], "+x"), getopt.gnu_getopt(["-", "-x"], "x"))  # expect: ([], ['a', '-x']) ([('-x', '')], ['-'])
print(getopt.getopt([], "x"), getopt.gnu_getopt([], "x"))  # expect: ([], []) ([], [])
for args, short, longs in [(["-z"], "x", []), (["-c"], "c:", []), (["--nope"], "", ["long"]),
                           (["--lo"], "", ["long", "loop"]), (["--long=1"], "", ["long"]),
                           (["--long"], "", ["long="]), (["-:"], "a:", [])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.msg, "|", e.opt, "|", e.args)  # expect: GetoptError: option -z not recognized | option -z not recognized | z | ('option -z not recognized', 'z')
        # expect: GetoptError: option -c requires argument | option -c requires argument | c | ('option -c requires argument', 'c')
        # expect: GetoptError: option --nope not recognized | option --nope not recognized | nope | ('option --nope not recognized', 'nope')
        # expect: GetoptError: option --lo not a unique prefix | option --lo not a unique prefix | lo | ('option --lo not a unique prefix', 'lo')
        # expect: GetoptError: option --long must not have an argument | option --long must not have an argument | long | ('option --long must not have an argument', 'long')
        # expect: GetoptError: option --long requires argument | option --long requires argument | long | ('option --long requires argument', 'long')
        # expect: GetoptError: option -: not recognized | option -: not recognized | : | ('option -: not recognized', ':')
print(getopt.error is getopt.GetoptError, str(getopt.GetoptError("m")), getopt.GetoptError("m", "o").args)  # expect: True m ('m', 'o')

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)  # expect: 35 ['False', 'None', 'True', 'and', 'as'] ['_', 'case', 'match']
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.iskeyword("match"))  # expect: True False False
print(keyword.issoftkeyword("match"), keyword.issoftkeyword("_"), keyword.issoftkeyword("for"))  # expect: True True False
print([w for w in ["if", "else", "elif", "then", "async", "await", "None", "none"] if keyword.iskeyword(w)])  # expect: ['if', 'else', 'elif', 'async', 'await', 'None']
