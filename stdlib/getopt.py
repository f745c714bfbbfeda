"""Parse command-line options the Unix `getopt()` way (CPython 3.11's `getopt`, in Fibra).

`getopt` stops at the first non-option argument; `gnu_getopt` lets options and
arguments mix (unless `shortopts` starts with '+' or POSIXLY_CORRECT is set). Short
options are letters in `shortopts` (a following ':' means "takes an argument"); long
options are names in `longopts` (a trailing '=' means the same) and may be abbreviated
to any unique prefix.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def _as_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse `args` (without the program name): returns (option, value) pairs and the
    remaining arguments. Raises GetoptError for unknown options or missing values."""
    opts = []
    longopts = _as_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like `getopt`, but options may follow non-option arguments."""
    opts = []
    prog_args = []
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        all_options_first = True
    elif os.environ.get("POSIXLY_CORRECT"):
        all_options_first = True
    else:
        all_options_first = False
    while args:
        arg = args[0]
        if arg == '--':
            prog_args += args[1:]
            break
        if arg[:2] == '--':
            args = _long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _shorts(opts, arg[1:], shortopts, args[1:])
        elif all_options_first:
            prog_args += args
            break
        else:
            prog_args.append(arg)
            args = args[1:]
    return opts, prog_args


def _long(opts, opt, longopts, args):
    # One '--name[=value]' argument; returns the arguments left.
    optarg = None
    if '=' in opt:
        opt, optarg = opt.split('=', 1)
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError('option --%s requires argument' % opt, opt)
            optarg = args[0]
            args = args[1:]
    elif optarg is not None:
        raise GetoptError('option --%s must not have an argument' % opt, opt)
    opts.append(('--' + opt, optarg or ''))
    return args


def _long_has_args(opt, longopts):
    # (takes an argument?, full name) of the long option `opt` names or abbreviates.
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    name = matches[0]
    if name.endswith('='):
        return True, name[:-1]
    return False, name


def _shorts(opts, optstring, shortopts, args):
    # One '-abc' argument (a value may follow its option letter); returns the
    # arguments left.
    while optstring:
        opt = optstring[0]
        optstring = optstring[1:]
        if _short_has_arg(opt, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                optstring = args[0]
                args = args[1:]
            opts.append(('-' + opt, optstring))
            optstring = ''
        else:
            opts.append(('-' + opt, ''))
    return args


def _short_has_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)
