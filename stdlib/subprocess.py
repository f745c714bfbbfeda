"""Subprocesses with accessible I/O streams (CPython's `subprocess`, POSIX), over the
native `_subprocess` (std::process).

`run`, `call`, `check_call`, `check_output`, `getoutput`, `getstatusoutput`, `Popen`
(`communicate`, `wait`, `poll`, `kill`, `terminate`, `send_signal`, `pid`,
`returncode`, `args`, pipes as file objects, context manager), `CompletedProcess`,
`SubprocessError`, `CalledProcessError`, `TimeoutExpired`, `PIPE`, `STDOUT`, `DEVNULL`,
`list2cmdline`. Waiting and pipe I/O release the interpreter, so other threads run;
`communicate` drains stdout and stderr concurrently. Not supported: `preexec_fn`,
`pass_fds`, `user`/`group`/`extra_groups`/`umask` (NotImplementedError), descriptors
other than 0-2 and file objects from `open()` as streams.
"""

import os
import sys
import time
import io
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False

# Linux signal numbers and names, for CalledProcessError's message (CPython prints
# the signal.Signals member: "<Signals.SIGKILL: 9>").
_SIGNALS = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP",
            6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1",
            11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
            16: "SIGSTKFLT", 17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP",
            21: "SIGTTIN", 22: "SIGTTOU", 23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ",
            26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR",
            31: "SIGSYS"}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (
                    self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (
                self.cmd, name, -self.returncode)
        else:
            return "Command '%s' returned non-zero exit status %d." % (
                self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        # There's no obvious reason to set this, but allow it anyway so
        # .stdout is a transparent alias for .output
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess(object):
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute.

    The arguments are the same as for the Popen constructor.  Example:

    retcode = call(["ls", "-l"])
    """
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:  # Including KeyboardInterrupt, wait handled that.
            p.kill()
            # We don't call p.wait() again as p.__exit__ does that for us.
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError.  The CalledProcessError object will have the
    return code in the returncode attribute.
    """
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError.  The
    CalledProcessError object will have the return code in the returncode
    attribute and output in the output attribute.
    """
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')

    if 'input' in kwargs and kwargs['input'] is None:
        # Explicitly passing input=None was previously equivalent to passing an
        # empty string. That is maintained here for backwards compatibility.
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty

    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True,
               **kwargs).stdout


def run(*popenargs,
        input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr. By default, stdout and stderr are not captured, and those attributes
    will be None. Pass stdout=PIPE and/or stderr=PIPE in order to capture them,
    or pass capture_output=True to capture both.

    If check is True and the exit code was non-zero, it raises a
    CalledProcessError. The CalledProcessError object will have the return code
    in the returncode attribute, and output & stderr attributes if those streams
    were captured.

    If timeout is given, and the process takes too long, a TimeoutExpired
    exception will be raised.
    """
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE

    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE

    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired as exc:
            process.kill()
            process.wait()
            raise
        except:  # Including KeyboardInterrupt, communicate handled that.
            process.kill()
            # We don't call process.wait() as .__exit__ does that for us.
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args,
                                     output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def list2cmdline(seq):
    """
    Translate a sequence of arguments into a command line
    string, using the same rules as the MS C runtime.
    """
    result = []
    needquote = False
    for arg in map(os.fspath, seq):
        bs_buf = []

        # Add a space to separate this argument from the others
        if result:
            result.append(' ')

        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')

        for c in arg:
            if c == '\\':
                # Don't know if we need to double yet.
                bs_buf.append(c)
            elif c == '"':
                # Double backslashes.
                result.append('\\' * len(bs_buf)*2)
                bs_buf = []
                result.append('\\"')
            else:
                # Normal char
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)

        # Add remaining backslashes, if any.
        if bs_buf:
            result.extend(bs_buf)

        if needquote:
            result.extend(bs_buf)
            result.append('"')

    return ''.join(result)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell.

    Execute the string 'cmd' in a shell with 'check_output' and
    return a 2-tuple (status, output). The locale encoding is used
    to decode the output and process newlines.

    A trailing newline is stripped from the output.
    The exit status for the command can be interpreted
    according to the rules for the function 'wait'.
    """
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell.

    Like getstatusoutput(), except the exit status is ignored and the return
    value is a string containing the command's output.
    """
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


class _PipeFile(io.BufferedIOBase):
    """A binary file object over one end of a pipe to the child (`_subprocess.Pipe`)."""

    def __init__(self, pipe, mode):
        self._pipe = pipe
        self.mode = mode
        self.name = pipe.fileno()

    def __repr__(self):
        kind = "BufferedReader" if self.mode == "rb" else "BufferedWriter"
        return "<_io.%s name=%r>" % (kind, self.name)

    @property
    def closed(self):
        return self._pipe.closed()

    def _check_closed(self):
        if self._pipe.closed():
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_closed()
        return self.mode == "rb"

    def writable(self):
        self._check_closed()
        return self.mode == "wb"

    def seekable(self):
        return False

    def fileno(self):
        return self._pipe.fileno()

    def _closed_check(self, what):
        if self._pipe.closed():
            raise ValueError(what + " closed file")

    def read(self, size=-1):
        self._closed_check("read of")
        return self._pipe.read(size)

    def read1(self, size=-1):
        self._closed_check("read of")
        return self._pipe.read1(size)

    def readline(self, size=-1):
        self._closed_check("readline of")
        return self._pipe.readline(size)

    def write(self, data):
        self._closed_check("write to")
        return self._pipe.write(data)

    def flush(self):
        self._closed_check("flush of")

    def close(self):
        self._pipe.close()


def _fsarg(arg):
    if isinstance(arg, (bytes, bytearray)):
        arg = bytes(arg).decode("utf-8")
    elif hasattr(arg, "__fspath__") and not isinstance(arg, str):
        return _fsarg(arg.__fspath__())
    elif not isinstance(arg, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(arg).__name__)
    if "\0" in arg:
        raise ValueError("embedded null byte")
    return arg


def _stream(v):
    """A stream argument for _subprocess.spawn: None, an int, a native pipe, or a file
    from open() (which has no fileno() in Fibra: the native side takes it as it is)."""
    if v is None or isinstance(v, int):
        return v
    if isinstance(v, io.TextIOWrapper):
        v = v.buffer
    if isinstance(v, _PipeFile):
        return v._pipe
    if hasattr(v, "fileno"):
        return v.fileno()
    return v


class Popen:
    """ Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation.
    """
    _child_created = False  # Set here since __del__ checks it

    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True,
                 shell=False, cwd=None, env=None, universal_newlines=None,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        """Create new Popen instance."""
        self._input = None
        self._communication_started = False
        self._communicated = None
        if bufsize is None:
            bufsize = -1  # Restore default
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")

        if pipesize is None:
            pipesize = -1  # Restore default
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")

        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")
        if preexec_fn is not None:
            raise NotImplementedError("subprocess: preexec_fn is not supported in Fibra")
        if pass_fds:
            raise NotImplementedError("subprocess: pass_fds is not supported in Fibra")
        if user is not None or group is not None or extra_groups is not None:
            raise NotImplementedError("subprocess: user/group/extra_groups are not "
                                      "supported in Fibra")
        if umask >= 0:
            raise NotImplementedError("subprocess: umask is not supported in Fibra")

        self.args = args
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize

        # Validate the combinations of text and universal_newlines
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or the other.')

        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = "utf-8"

        # How long to resume waiting on a child after the first ^C.
        self._sigint_wait_secs = 0.25

        if process_group is None:
            process_group = -1  # The internal APIs are int-only

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(args, "__fspath__"):
            if shell:
                raise TypeError('path-like args is not allowed when '
                                'shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable:
                argv[0] = executable
            executable = None
        argv = [_fsarg(a) for a in argv]
        if executable is not None:
            executable = _fsarg(executable)
        if cwd is not None:
            cwd = _fsarg(cwd)
        if env is None:
            env = os.environ
        envlist = []
        for k, v in env.items():
            k = _fsarg(k)
            v = _fsarg(v)
            if "=" in k:
                raise ValueError("illegal environment variable name")
            envlist.append((k, v))

        self._process, p2cwrite, c2pread, errread = _subprocess.spawn(
            argv, executable, cwd, envlist, _stream(stdin), _stream(stdout),
            _stream(stderr), start_new_session,
            None if process_group < 0 else process_group)
        self._child_created = True
        self.pid = self._process.pid
        self._raw = (p2cwrite, c2pread, errread)

        line_buffering = (bufsize == 1 and self.text_mode)
        if p2cwrite is not None:
            self.stdin = _PipeFile(p2cwrite, "wb")
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True,
                                              line_buffering=line_buffering,
                                              encoding=encoding, errors=errors)
        if c2pread is not None:
            self.stdout = _PipeFile(c2pread, "rb")
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout,
                                               encoding=encoding, errors=errors)
        if errread is not None:
            self.stderr = _PipeFile(errread, "rb")
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr,
                                               encoding=encoding, errors=errors)

    @property
    def universal_newlines(self):
        # universal_newlines as retained as an alias of text_mode for API
        # compatibility. bpo-31756
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def _translate_newlines(self, data, encoding, errors):
        data = data.decode(encoding, errors)
        return data.replace("\r\n", "\n").replace("\r", "\n")

    def __repr__(self):
        obj_repr = (
            f"<{self.__class__.__name__}: "
            f"returncode: {self.returncode} args: {self.args!r}>"
        )
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:  # Flushing a BufferedWriter may raise an error
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                # https://bugs.python.org/issue25942
                # In the case of a KeyboardInterrupt we assume the SIGINT
                # was also already sent to our child processes.  We can't
                # block indefinitely as that is not user friendly.
                # If we have not already waited a brief amount of time in
                # an interrupted .wait() or .communicate() call, do so here
                # for consistency.
                if self._sigint_wait_secs > 0:
                    try:
                        self._wait(timeout=self._sigint_wait_secs)
                    except TimeoutExpired:
                        pass
                self._sigint_wait_secs = 0  # Note that this has been done.
                return  # resume the KeyboardInterrupt

            # Wait for the process to terminate, to avoid zombies.
            self.wait()

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass  # communicate() must ignore broken pipe errors.
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass  # communicate() must ignore broken pipe errors.

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr).

        By default, all communication is in bytes, and therefore any
        "input" should be bytes, and the (stdout, stderr) will be bytes.
        If in text mode (indicated by self.text_mode), any "input" should
        be a string, and (stdout, stderr) will be strings decoded
        according to locale encoding, or by "encoding" if set. Text mode
        is triggered by setting any of text, encoding, errors or
        universal_newlines.
        """

        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")

        # Optimization: If we are not worried about timeouts, we haven't
        # started communicating, and we have one or zero pipes, using select()
        # or threads is unnecessary.
        if (timeout is None and not self._communication_started and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = None
            stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
        else:
            if timeout is not None:
                endtime = _time() + timeout
            else:
                endtime = None

            try:
                if self._communicated is not None:
                    # Called again after it completed: the same output (as CPython,
                    # which keeps what it read).
                    stdout, stderr = self._communicated
                else:
                    stdout, stderr = self._communicate(input, endtime, timeout)
                    self._communicated = (stdout, stderr)
            finally:
                self._communication_started = True

            sts = self.wait(timeout=self._remaining_time(endtime))

        return (stdout, stderr)

    def _communicate(self, input, endtime, orig_timeout):
        if self.stdin and not self._communication_started:
            # Flush stdio buffer.  This might block, if the user has
            # been writing to .stdin in an uncontrolled fashion.
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass  # communicate() must ignore BrokenPipeError.
            if input is not None and self.text_mode:
                input = input.encode(self.stdin.encoding, self.stdin.errors)
            if input is not None and not isinstance(input, (bytes, bytearray)):
                if type(input).__name__ != "array":
                    raise TypeError("a bytes-like object is required, not '%s'"
                                    % type(input).__name__)
                input = bytes(input)
        p2cwrite, c2pread, errread = self._raw
        remaining = self._remaining_time(endtime)
        done, stdout, stderr = _subprocess.communicate(
            p2cwrite if self.stdin else None, input,
            c2pread if self.stdout else None, errread if self.stderr else None,
            remaining)
        if not done:
            raise TimeoutExpired(self.args, orig_timeout, output=stdout, stderr=stderr)

        # Translate newlines, if requested.
        # This also turns bytes into strings.
        if self.text_mode:
            if stdout is not None:
                stdout = self._translate_newlines(stdout, self.stdout.encoding,
                                                  self.stdout.errors)
            if stderr is not None:
                stderr = self._translate_newlines(stderr, self.stderr.encoding,
                                                  self.stderr.errors)
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        return (stdout, stderr)

    def poll(self):
        """Check if child process has terminated. Set and return returncode
        attribute."""
        if self.returncode is None:
            self.returncode = self._process.poll()
        return self.returncode

    def _remaining_time(self, endtime):
        """Convenience for _communicate when computing timeouts."""
        if endtime is None:
            return None
        else:
            return endtime - _time()

    def _wait(self, timeout):
        if self.returncode is not None:
            return self.returncode
        code = self._process.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        return self._wait(timeout=timeout)

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            # Skip signalling a process that we know has already died.
            return
        self._process.send_signal(sig)

    def terminate(self):
        """Terminate the process with SIGTERM
        """
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL
        """
        self.send_signal(9)


def _time():
    return time.monotonic()
