# pathlib: more glob forms ('**', '*/', '..'), error cases and the classes of derived paths.
from pathlib import *
import os, tempfile
print(f"{Path('a/b')}", "%s" % PurePosixPath('x'), {Path('a'): 1}[Path('a')])  # expect: a/b x 1
print(Path('.').parent, list(Path('.').parents), Path('a').parent, list(Path('a/b').parents))  # expect: . [] . [PosixPath('a'), PosixPath('.')]
print(PurePosixPath('.hidden').with_suffix('.txt'), PurePosixPath('/a') / '', PurePosixPath('a/..').parts)  # expect: .hidden.txt /a ('a', '..')
print(PurePosixPath('/a') < PosixPath('/b'), PurePosixPath('a').joinpath())  # expect: True a
print(PurePosixPath('a/b').match('A/B'), PurePosixPath('a/b.PY').match('*.py'))  # expect: False False
print(Path('x').with_name('y'), type(Path('x').with_name('y')).__name__, type(Path('a').parent).__name__)  # expect: y PosixPath PosixPath
print(type(Path('a') / 'b').__name__, type('a' / PurePosixPath('b')).__name__)  # expect: PosixPath PurePosixPath
print(str(Path('/')), Path('/').name, Path('/').parent, Path('//').parts)  # expect: /  / ('//',)
with tempfile.TemporaryDirectory() as t:
    b = Path(t)
    (b / 'd').mkdir()
    (b / 'd' / 'f.txt').write_text('x')
    print(sorted(str(p.relative_to(b)) for p in b.glob('**')))  # expect: ['.', 'd']
    print(sorted(str(p.relative_to(b)) for p in b.rglob('*')))  # expect: ['d', 'd/f.txt']
    print(sorted(str(p.relative_to(b)) for p in b.glob('*/')))  # expect: ['d']
    print(sorted(str(p.relative_to(b)) for p in b.glob('d/../d/*')))  # expect: ['d/../d/f.txt']
    try: list(b.glob('/abs'))
    except NotImplementedError as e: print('NIE', e)  # expect: NIE Non-relative patterns are unsupported
    try: list(b.glob(''))
    except ValueError as e: print('VE', e)  # expect: VE Unacceptable pattern: ''
    try: (b/'nope'/'x').mkdir()
    except FileNotFoundError as e: print('FNF', e.filename == str(b/'nope'/'x'))  # expect: FNF True
    try: (b/'d').rmdir()
    except OSError as e: print(type(e).__name__)  # expect: OSError
    try: (b/'nope').iterdir().__next__()
    except FileNotFoundError as e: print('FNF2')  # expect: FNF2
    print((b / 'd' / 'f.txt').read_text(encoding='utf-8'))  # expect: x
    with (b/'bin').open('wb') as f: f.write(b'ab')
    print((b/'bin').read_bytes(), (b/'bin').write_bytes(bytearray(b'xyz')))  # expect: b'ab' 3
