//! `print`, `input`, `open`: the process-wide buffered stdout, unbuffered stderr, the
//! `sys.stdout`/`sys.stderr`/`sys.stdin` stream objects and file objects.

use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Seek, SeekFrom, Write};
use std::sync::OnceLock;

use parking_lot::Mutex;

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{stop_iteration, type_error, value_error, Exc, PyResult};
use crate::object::{NativeObject, Payload};
use crate::ops;
use crate::types::types;
use crate::value::Value;

use super::{add_properties, native_class};

pub(crate) fn register(m: &Value) {
    m.add_fn("print", builtin_print);
    m.add_fn("input", builtin_input);
    m.add_fn("open", builtin_open);
}

// ---- process-wide standard streams ------------------------------------------------------

struct StdoutState {
    out: BufWriter<std::io::Stdout>,
    /// Flush after each line when stdout is a terminal (interactive use).
    line_buffered: bool,
}

fn stdout_state() -> &'static Mutex<StdoutState> {
    static STDOUT: OnceLock<Mutex<StdoutState>> = OnceLock::new();
    STDOUT.get_or_init(|| {
        let out = std::io::stdout();
        let line_buffered = out.is_terminal();
        Mutex::new(StdoutState {
            out: BufWriter::with_capacity(64 * 1024, out),
            line_buffered,
        })
    })
}

/// Writes to the process stdout (buffered). Write errors (a closed pipe) are ignored.
pub fn write_stdout(s: &str) {
    let mut st = stdout_state().lock();
    let _ = st.out.write_all(s.as_bytes());
    if st.line_buffered && s.contains('\n') {
        let _ = st.out.flush();
    }
}

/// Flushes the buffered stdout (errors ignored).
pub fn flush_stdout() {
    let _ = stdout_state().lock().out.flush();
}

/// Writes to stderr (unbuffered), flushing stdout first so the two interleave in order.
pub fn write_stderr(s: &str) {
    flush_stdout();
    let mut e = std::io::stderr().lock();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

/// Reads one line from stdin, including its newline; `None` at end of input.
/// Waits detached (`Ctx::blocking`), so other threads (and collections) go on meanwhile.
fn read_stdin_line(cx: &mut Ctx) -> PyResult<Option<String>> {
    flush_stdout();
    let r = cx.blocking(|| {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map(|n| (n, line))
    });
    match r {
        Ok((0, _)) => Ok(None),
        Ok((_, line)) => Ok(Some(line)),
        Err(e) => Err(os_error_from_io(&e, None)),
    }
}

/// Which process stream a `sys.stdout`-like object writes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StdStream {
    Stdin,
    Stdout,
    Stderr,
}

/// The `sys.stdin` / `sys.stdout` / `sys.stderr` objects.
pub struct StdStreamObj {
    pub which: StdStream,
}

impl NativeObject for StdStreamObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn stream_class() -> &'static Value {
    static CLASS: OnceLock<Value> = OnceLock::new();
    CLASS.get_or_init(|| {
        let c = native_class(
            "TextIOWrapper",
            "_io",
            None,
            &[
                ("write", stream_write),
                ("flush", stream_flush),
                ("readline", stream_readline),
                ("read", stream_read),
                ("isatty", stream_isatty),
                ("fileno", stream_fileno),
                ("__repr__", stream_repr),
            ],
        );
        add_properties(&c, &[("name", stream_name), ("encoding", stream_encoding)]);
        c
    })
}

/// A new stream object for `sys`.
pub fn std_stream(which: StdStream) -> Value {
    Value::native_obj(stream_class().clone(), StdStreamObj { which })
}

fn stream_of<'a>(args: &'a Args) -> PyResult<&'a StdStreamObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<StdStreamObj>())
        .ok_or_else(|| type_error("descriptor requires a '_io.TextIOWrapper' object"))
}

/// Writes script output to the VM's stdout hook (embedding) or the process stdout.
fn out_write(cx: &Ctx, s: &str) {
    match cx.vm.host.stdout_hook() {
        Some(h) => h(s),
        None => write_stdout(s),
    }
}

/// Writes script error output to the VM's stderr hook (embedding) or the process stderr.
pub(crate) fn err_write(cx: &Ctx, s: &str) {
    match cx.vm.host.stderr_hook() {
        Some(h) => h(s),
        None => write_stderr(s),
    }
}

fn stream_write(cx: &mut Ctx, args: &Args) -> PyResult {
    let s = stream_of(args)?;
    let a = args.check("write", 2, 2)?;
    let text = a[1].as_str().ok_or_else(|| {
        type_error(format!(
            "write() argument must be str, not {}",
            a[1].type_name()
        ))
    })?;
    match s.which {
        StdStream::Stdout => out_write(cx, text),
        StdStream::Stderr => err_write(cx, text),
        StdStream::Stdin => return Err(Exc::new(&types().os_error, "not writable".to_string())),
    }
    let n = match a[1].payload() {
        Some(Payload::Str(so)) => so.char_len(),
        _ => text.chars().count(),
    };
    Ok(Value::int(n as i64))
}

fn stream_flush(_cx: &mut Ctx, args: &Args) -> PyResult {
    stream_of(args)?;
    flush_stdout();
    Ok(Value::NONE)
}

fn stream_readline(cx: &mut Ctx, args: &Args) -> PyResult {
    let s = stream_of(args)?;
    if s.which != StdStream::Stdin {
        return Err(Exc::new(&types().os_error, "not readable".to_string()));
    }
    Ok(Value::string(read_stdin_line(cx)?.unwrap_or_default()))
}

fn stream_read(cx: &mut Ctx, args: &Args) -> PyResult {
    let s = stream_of(args)?;
    if s.which != StdStream::Stdin {
        return Err(Exc::new(&types().os_error, "not readable".to_string()));
    }
    flush_stdout();
    let r = cx.blocking(|| {
        let mut buf = String::new();
        std::io::stdin()
            .lock()
            .read_to_string(&mut buf)
            .map(|_| buf)
    });
    let buf = r.map_err(|e| os_error_from_io(&e, None))?;
    Ok(Value::string(buf))
}

fn stream_isatty(_cx: &mut Ctx, args: &Args) -> PyResult {
    let s = stream_of(args)?;
    Ok(Value::bool(match s.which {
        StdStream::Stdin => std::io::stdin().is_terminal(),
        StdStream::Stdout => std::io::stdout().is_terminal(),
        StdStream::Stderr => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(_cx: &mut Ctx, args: &Args) -> PyResult {
    let s = stream_of(args)?;
    Ok(Value::int(s.which as i64))
}

fn stream_name_str(s: &StdStreamObj) -> &'static str {
    match s.which {
        StdStream::Stdin => "<stdin>",
        StdStream::Stdout => "<stdout>",
        StdStream::Stderr => "<stderr>",
    }
}

fn stream_name(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::str(stream_name_str(stream_of(args)?)))
}

fn stream_encoding(_cx: &mut Ctx, args: &Args) -> PyResult {
    stream_of(args)?;
    Ok(Value::str("utf-8"))
}

fn stream_repr(_cx: &mut Ctx, args: &Args) -> PyResult {
    let s = stream_of(args)?;
    let mode = if s.which == StdStream::Stdin {
        "r"
    } else {
        "w"
    };
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name='{}' mode='{mode}' encoding='utf-8'>",
        stream_name_str(s)
    )))
}

// ---- print / input -------------------------------------------------------------------------

fn str_kwarg(name: &str, v: Option<&Value>, default: &'static str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(v) if v.is_none() => Ok(default.to_string()),
        Some(v) => v.as_str().map(str::to_string).ok_or_else(|| {
            type_error(format!(
                "{name} must be None or a string, not {}",
                v.type_name()
            ))
        }),
    }
}

/// `sys.stdout` when the script replaced it with an object other than a standard stream
/// (`contextlib.redirect_stdout`, a `StringIO`): `print` without `file=` writes there.
fn replaced_stdout(cx: &Ctx) -> Option<Value> {
    let Some(Payload::Dict(modules)) = cx.vm.modules.payload() else {
        return None;
    };
    let out = modules.get_str("sys")?.namespace()?.get_str("stdout")?;
    if out.is_none() || out.downcast_native::<StdStreamObj>().is_some() {
        return None;
    }
    Some(out)
}

fn builtin_print(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs("print", &["sep", "end", "file", "flush"])?;
    let sep = str_kwarg("sep", args.kwarg("sep"), " ")?;
    let end = str_kwarg("end", args.kwarg("end"), "\n")?;
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match v.as_str() {
            Some(s) => out.push_str(s),
            None => out.push_str(&ops::str(cx, v)?),
        }
    }
    out.push_str(&end);
    let flush = match args.kwarg("flush") {
        Some(f) => ops::truthy(cx, f)?,
        None => false,
    };
    let file = match args.kwarg("file").filter(|f| !f.is_none()) {
        Some(f) => Some(f.clone()),
        None => replaced_stdout(cx),
    };
    let stream = match &file {
        None => Some(StdStream::Stdout),
        Some(f) => f.downcast_native::<StdStreamObj>().map(|s| s.which),
    };
    match (stream, file) {
        (Some(StdStream::Stdout), _) => {
            out_write(cx, &out);
            if flush {
                flush_stdout();
            }
        }
        (Some(StdStream::Stderr), _) => err_write(cx, &out),
        (_, Some(f)) => {
            ops::call_method(cx, &f, "write", &[Value::string(out)])?;
            if flush {
                ops::call_method(cx, &f, "flush", &[])?;
            }
        }
        (_, None) => out_write(cx, &out),
    }
    Ok(Value::NONE)
}

fn builtin_input(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("input", 0, 1)?;
    if let Some(p) = a.first() {
        let prompt = ops::str(cx, p)?;
        write_stdout(&prompt);
    }
    flush_stdout();
    match read_stdin_line(cx)? {
        None => Err(Exc::new(&types().eof_error, "EOF when reading a line")),
        Some(mut line) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
    }
}

// ---- OSError from std::io::Error ----------------------------------------------------------

/// CPython's strerror text for the common errno values.
fn strerror(errno: i32, fallback: &str) -> String {
    let s = match errno {
        1 => "Operation not permitted",
        2 => "No such file or directory",
        5 => "Input/output error",
        9 => "Bad file descriptor",
        13 => "Permission denied",
        17 => "File exists",
        18 => "Invalid cross-device link",
        20 => "Not a directory",
        21 => "Is a directory",
        22 => "Invalid argument",
        24 => "Too many open files",
        28 => "No space left on device",
        30 => "Read-only file system",
        36 => "File name too long",
        39 => "Directory not empty",
        _ => {
            // Rust appends " (os error N)"; strip it.
            return match fallback.rfind(" (os error") {
                Some(i) => fallback[..i].to_string(),
                None => fallback.to_string(),
            };
        }
    };
    s.to_string()
}

/// An OSError (the subclass matching the errno, as CPython picks it) for an errno, with
/// `errno`, `strerror` and `filename` set and CPython's message
/// `[Errno 2] No such file or directory: 'x'`.
pub fn os_error(errno: i32, strerror_text: &str, filename: Option<&Value>) -> Exc {
    let ty = crate::types::exceptions::os_error_type(errno.into());
    let exc = Exc::with_args(
        ty,
        vec![Value::int(errno as i64), Value::str(strerror_text)],
    );
    if let Some(e) = exc.exception() {
        if let Some(Payload::Dict(d)) = e.dict.payload() {
            d.set_str("errno", Value::int(errno as i64));
            d.set_str("strerror", Value::str(strerror_text));
            d.set_str("filename", filename.cloned().unwrap_or(Value::NONE));
            d.set_str("filename2", Value::NONE);
        }
    }
    exc
}

/// Converts a Rust I/O error into the matching OSError subclass.
pub fn os_error_from_io(e: &std::io::Error, filename: Option<&Value>) -> Exc {
    match e.raw_os_error() {
        Some(errno) => os_error(errno, &strerror(errno, &e.to_string()), filename),
        None => {
            let errno = match e.kind() {
                std::io::ErrorKind::NotFound => 2,
                std::io::ErrorKind::PermissionDenied => 13,
                std::io::ErrorKind::AlreadyExists => 17,
                std::io::ErrorKind::InvalidInput => 22,
                _ => 5,
            };
            os_error(errno, &strerror(errno, &e.to_string()), filename)
        }
    }
}

// ---- file objects --------------------------------------------------------------------------

struct FileState {
    /// Buffered reader (readable modes); shares the OS file with `writer`.
    reader: Option<BufReader<File>>,
    writer: Option<BufWriter<File>>,
    closed: bool,
}

/// An open file (`open()`): text (str) or binary (bytes) I/O.
pub struct FileObj {
    state: Mutex<FileState>,
    name: Value,
    mode: String,
    binary: bool,
    /// Text files: how bytes become str and back.
    codec: TextCodec,
    readable: bool,
    writable: bool,
}

impl NativeObject for FileObj {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn file_class(binary: bool) -> &'static Value {
    static TEXT: OnceLock<Value> = OnceLock::new();
    static BIN: OnceLock<Value> = OnceLock::new();
    let make = |name: &str| {
        let c = native_class(
            name,
            "_io",
            None,
            &[
                ("read", file_read),
                ("readline", file_readline),
                ("readlines", file_readlines),
                ("write", file_write),
                ("writelines", file_writelines),
                ("close", file_close),
                ("flush", file_flush),
                ("seek", file_seek),
                ("tell", file_tell),
                ("readable", file_readable),
                ("writable", file_writable),
                ("__enter__", file_enter),
                ("__exit__", file_exit),
                ("__iter__", file_enter),
                ("__next__", file_next),
                ("__repr__", file_repr),
            ],
        );
        add_properties(
            &c,
            &[
                ("closed", file_closed),
                ("name", file_name),
                ("mode", file_mode),
                ("encoding", stream_encoding_file),
            ],
        );
        c
    };
    if binary {
        BIN.get_or_init(|| make("BufferedReader"))
    } else {
        TEXT.get_or_init(|| make("TextIOWrapper"))
    }
}

fn builtin_open(cx: &mut Ctx, args: &Args) -> PyResult {
    args.check_kwargs(
        "open",
        &["file", "mode", "buffering", "encoding", "errors", "newline"],
    )?;
    args.check_pos("open", 1, 7)?;
    let file = args
        .arg(0, "file")
        .ok_or_else(|| type_error("open() missing required argument 'file' (pos 1)"))?;
    let fspath = match file.as_str() {
        Some(_) => None,
        None => crate::modules::os::fspath_of(cx, file)?,
    };
    let path = match fspath.as_ref().unwrap_or(file).as_str() {
        Some(p) => p.to_string(),
        None => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                file.type_name()
            )))
        }
    };
    let mode = match args.arg(1, "mode") {
        None => "r".to_string(),
        Some(m) => m
            .as_str()
            .ok_or_else(|| {
                type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    m.type_name()
                ))
            })?
            .to_string(),
    };
    let mut codec = TextCodec::default();
    if let Some(enc) = args.arg(3, "encoding").filter(|e| !e.is_none()) {
        let e = ops::str(cx, enc)?.to_ascii_lowercase().replace('_', "-");
        codec.encoding = match e.as_str() {
            "utf-8" | "utf8" => Encoding::Utf8,
            "ascii" | "us-ascii" => Encoding::Ascii,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => Encoding::Latin1,
            _ => {
                return Err(Exc::new(
                    &types().lookup_error,
                    format!("unknown encoding: {e}"),
                ))
            }
        };
    }
    if let Some(errors) = args.arg(4, "errors").filter(|e| !e.is_none()) {
        codec.errors = match ops::str(cx, errors)?.as_str() {
            "strict" => Errors::Strict,
            "replace" => Errors::Replace,
            "ignore" => Errors::Ignore,
            other => {
                return Err(Exc::new(
                    &types().lookup_error,
                    format!("unknown error handler name '{other}'"),
                ))
            }
        };
    }
    let mut kind = None;
    let (mut plus, mut binary, mut text) = (false, false, false);
    for c in mode.chars() {
        match c {
            'r' | 'w' | 'a' | 'x' if kind.is_none() => kind = Some(c),
            '+' if !plus => plus = true,
            'b' if !binary => binary = true,
            't' if !text => text = true,
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    if binary && text {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let Some(kind) = kind else {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    };
    if binary && args.arg(3, "encoding").is_some_and(|e| !e.is_none()) {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    let mut oo = OpenOptions::new();
    match kind {
        'r' => oo.read(true).write(plus),
        'w' => oo.write(true).create(true).truncate(true).read(plus),
        'a' => oo.append(true).create(true).read(plus),
        _ => oo.write(true).create_new(true).read(plus),
    };
    let f = oo
        .open(&path)
        .map_err(|e| os_error_from_io(&e, Some(file)))?;
    if f.metadata().is_ok_and(|m| m.is_dir()) {
        return Err(os_error(21, "Is a directory", Some(file)));
    }
    let readable = kind == 'r' || plus;
    let writable = kind != 'r' || plus;
    let reader = if readable {
        Some(BufReader::new(
            f.try_clone()
                .map_err(|e| os_error_from_io(&e, Some(file)))?,
        ))
    } else {
        None
    };
    let writer = if writable {
        Some(BufWriter::new(f))
    } else {
        None
    };
    let obj = FileObj {
        state: Mutex::new(FileState {
            reader,
            writer,
            closed: false,
        }),
        name: file.clone(),
        mode,
        binary,
        codec,
        readable,
        writable,
    };
    Ok(Value::native_obj(file_class(binary).clone(), obj))
}

/// For `subprocess` (`stdout=f`): a duplicate of the descriptor of the file object `v`
/// (after flushing its pending writes), to become a child process's standard stream.
/// `None` when `v` is not a file object.
pub(crate) fn file_for_child(v: &Value) -> Option<PyResult<File>> {
    let f = v.downcast_native::<FileObj>()?;
    let mut st = f.state.lock();
    if st.closed {
        return Some(Err(closed_error()));
    }
    if let Some(w) = st.writer.as_mut() {
        if let Err(e) = w.flush() {
            return Some(Err(io_err(f, e)));
        }
    }
    let file = match (st.writer.as_ref(), st.reader.as_ref()) {
        (Some(w), _) => w.get_ref().try_clone(),
        (None, Some(r)) => r.get_ref().try_clone(),
        (None, None) => return Some(Err(closed_error())),
    };
    Some(file.map_err(|e| io_err(f, e)))
}

fn file_of<'a>(args: &'a Args) -> PyResult<&'a FileObj> {
    args.values
        .first()
        .and_then(|v| v.downcast_native::<FileObj>())
        .ok_or_else(|| type_error("descriptor requires a file object"))
}

fn closed_error() -> Exc {
    value_error("I/O operation on closed file.")
}

fn io_err(f: &FileObj, e: std::io::Error) -> Exc {
    os_error_from_io(&e, Some(&f.name))
}

/// A text file's encoding.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Encoding {
    #[default]
    Utf8,
    Ascii,
    Latin1,
}

/// A text file's error handler (`errors=`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Errors {
    #[default]
    Strict,
    Replace,
    Ignore,
}

#[derive(Clone, Copy, Debug, Default)]
struct TextCodec {
    encoding: Encoding,
    errors: Errors,
}

impl TextCodec {
    fn name(self) -> &'static str {
        match self.encoding {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }

    fn decode(self, bytes: Vec<u8>) -> PyResult<String> {
        let bad = |pos: usize, byte: u8, why: &str| {
            Exc::new(
                &types().unicode_decode_error,
                format!(
                    "'{}' codec can't decode byte 0x{byte:02x} in position {pos}: {why}",
                    self.name()
                ),
            )
        };
        match self.encoding {
            // Mostly-ASCII text (source files read as latin-1 to accept any byte) is
            // already valid UTF-8: keep the buffer instead of re-encoding it char by char.
            Encoding::Latin1 if bytes.is_ascii() => Ok(ascii_string(bytes)),
            Encoding::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
            Encoding::Ascii => {
                if let Some(pos) = bytes.iter().position(|b| !b.is_ascii()) {
                    match self.errors {
                        Errors::Strict => {
                            return Err(bad(pos, bytes[pos], "ordinal not in range(128)"))
                        }
                        Errors::Replace => {
                            return Ok(bytes
                                .iter()
                                .map(|&b| if b.is_ascii() { b as char } else { '\u{fffd}' })
                                .collect())
                        }
                        Errors::Ignore => {
                            return Ok(bytes
                                .iter()
                                .filter(|b| b.is_ascii())
                                .map(|&b| b as char)
                                .collect())
                        }
                    }
                }
                Ok(ascii_string(bytes))
            }
            Encoding::Utf8 => match String::from_utf8(bytes) {
                Ok(s) => Ok(s),
                Err(e) => match self.errors {
                    Errors::Strict => {
                        let pos = e.utf8_error().valid_up_to();
                        let byte = e.as_bytes().get(pos).copied().unwrap_or(0);
                        let why = crate::types::utf8_error_reason(&e.utf8_error(), byte);
                        Err(bad(pos, byte, why))
                    }
                    Errors::Replace => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
                    Errors::Ignore => {
                        Ok(String::from_utf8_lossy(e.as_bytes()).replace('\u{fffd}', ""))
                    }
                },
            },
        }
    }

    fn encode(self, s: &str) -> PyResult<Vec<u8>> {
        let limit = match self.encoding {
            Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
            Encoding::Ascii => 0x80,
            Encoding::Latin1 => 0x100,
        };
        let mut out = Vec::with_capacity(s.len());
        for (pos, c) in s.chars().enumerate() {
            if (c as u32) < limit {
                out.push(c as u8);
                continue;
            }
            match self.errors {
                Errors::Strict => {
                    return Err(Exc::new(
                        &types().unicode_encode_error,
                        format!(
                            "'{}' codec can't encode character '\\u{:04x}' in position {pos}: ordinal not in range({limit})",
                            self.name(),
                            c as u32
                        ),
                    ))
                }
                Errors::Replace => out.push(b'?'),
                Errors::Ignore => {}
            }
        }
        Ok(out)
    }
}

/// `bytes`, known to be ASCII, as a `String` without copying.
fn ascii_string(bytes: Vec<u8>) -> String {
    debug_assert!(bytes.is_ascii());
    // ASCII is valid UTF-8, so this cannot fail; the fallback only avoids a panic path.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Turns bytes read in text mode into a str value (newline translation: `\r\n` -> `\n`).
fn decode_text(bytes: Vec<u8>, codec: TextCodec) -> PyResult<Value> {
    let s = codec.decode(bytes)?;
    if s.contains('\r') {
        return Ok(Value::string(s.replace("\r\n", "\n")));
    }
    Ok(Value::string(s))
}

impl FileObj {
    fn result(&self, bytes: Vec<u8>) -> PyResult<Value> {
        if self.binary {
            Ok(Value::bytes(bytes))
        } else {
            decode_text(bytes, self.codec)
        }
    }

    /// Flushes pending writes so the reader sees them (r+/w+ files).
    fn sync_for_read(&self, st: &mut FileState) -> PyResult<()> {
        if let Some(w) = st.writer.as_mut() {
            w.flush().map_err(|e| io_err(self, e))?;
        }
        Ok(())
    }

    fn reader<'a>(&self, st: &'a mut FileState) -> PyResult<&'a mut BufReader<File>> {
        if st.closed {
            return Err(closed_error());
        }
        if !self.readable {
            return Err(Exc::new(&types().os_error, "not readable".to_string()));
        }
        self.sync_for_read(st)?;
        st.reader
            .as_mut()
            .ok_or_else(|| Exc::new(&types().os_error, "not readable".to_string()))
    }

    fn read_line_bytes(&self, st: &mut FileState) -> PyResult<Vec<u8>> {
        let r = self.reader(st)?;
        let mut buf = Vec::new();
        r.read_until(b'\n', &mut buf).map_err(|e| io_err(self, e))?;
        Ok(buf)
    }
}

/// Reads `n` characters of UTF-8 text (or fewer at end of file).
fn read_chars(r: &mut BufReader<File>, n: usize) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let mut count = 0;
    while count < n {
        let mut b = [0u8; 1];
        if r.read(&mut b)? == 0 {
            break;
        }
        out.push(b[0]);
        let extra = match b[0] {
            0xC0..=0xDF => 1,
            0xE0..=0xEF => 2,
            0xF0..=0xF7 => 3,
            _ => 0,
        };
        for _ in 0..extra {
            if r.read(&mut b)? == 0 {
                break;
            }
            out.push(b[0]);
        }
        count += 1;
    }
    Ok(out)
}

fn size_arg(cx: &mut Ctx, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => {
            let n = ops::index(cx, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn file_read(cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let a = args.check("read", 1, 2)?;
    let n = size_arg(cx, a.get(1))?;
    let mut st = f.state.lock();
    let binary = f.binary;
    let r = f.reader(&mut st)?;
    let buf = match n {
        None => {
            let mut buf = Vec::new();
            r.read_to_end(&mut buf).map_err(|e| io_err(f, e))?;
            buf
        }
        Some(n) if binary => {
            let mut buf = Vec::new();
            r.by_ref()
                .take(n as u64)
                .read_to_end(&mut buf)
                .map_err(|e| io_err(f, e))?;
            buf
        }
        Some(n) => read_chars(r, n).map_err(|e| io_err(f, e))?,
    };
    drop(st);
    f.result(buf)
}

fn file_readline(cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let a = args.check("readline", 1, 2)?;
    let limit = size_arg(cx, a.get(1))?;
    let mut st = f.state.lock();
    let mut buf = f.read_line_bytes(&mut st)?;
    drop(st);
    if let Some(l) = limit {
        buf.truncate(l);
    }
    f.result(buf)
}

fn file_readlines(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    args.check("readlines", 1, 2)?;
    let mut lines = Vec::new();
    let mut st = f.state.lock();
    loop {
        let buf = f.read_line_bytes(&mut st)?;
        if buf.is_empty() {
            break;
        }
        lines.push(buf);
    }
    drop(st);
    let vals = lines
        .into_iter()
        .map(|l| f.result(l))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::list(vals))
}

fn file_next(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let mut st = f.state.lock();
    let buf = f.read_line_bytes(&mut st)?;
    drop(st);
    if buf.is_empty() {
        return Err(stop_iteration(Value::NONE));
    }
    f.result(buf)
}

fn write_bytes(f: &FileObj, data: &[u8]) -> PyResult<()> {
    let mut st = f.state.lock();
    if st.closed {
        return Err(closed_error());
    }
    let w = st
        .writer
        .as_mut()
        .ok_or_else(|| Exc::new(&types().os_error, "not writable".to_string()))?;
    w.write_all(data).map_err(|e| io_err(f, e))
}

fn file_write(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let a = args.check("write", 2, 2)?;
    match (f.binary, a[1].payload()) {
        (false, Some(Payload::Str(s))) => {
            if f.codec.encoding == Encoding::Utf8 {
                write_bytes(f, s.as_str().as_bytes())?;
            } else {
                write_bytes(f, &f.codec.encode(s.as_str())?)?;
            }
            Ok(Value::int(s.char_len() as i64))
        }
        (true, Some(Payload::Bytes(b))) => {
            write_bytes(f, b)?;
            Ok(Value::int(b.len() as i64))
        }
        (true, Some(Payload::Native(_))) if crate::types::bytearray::is_bytearray(&a[1]) => {
            let b = crate::types::bytearray::bytes_like(&a[1]).unwrap_or_default();
            write_bytes(f, &b)?;
            Ok(Value::int(b.len() as i64))
        }
        (false, _) => Err(type_error(format!(
            "write() argument must be str, not {}",
            a[1].type_name()
        ))),
        (true, _) => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            a[1].type_name()
        ))),
    }
}

fn file_writelines(cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let a = args.check("writelines", 2, 2)?;
    let items = ops::to_vec(cx, &a[1])?;
    for item in items {
        file_write(cx, &Args::positional_only(&[args.values[0].clone(), item]))?;
    }
    let _ = f;
    Ok(Value::NONE)
}

/// Closes the file, flushing pending writes.
fn close_file(f: &FileObj) -> PyResult<()> {
    let mut st = f.state.lock();
    if st.closed {
        return Ok(());
    }
    st.closed = true;
    let flushed = match st.writer.as_mut() {
        Some(w) => w.flush(),
        None => Ok(()),
    };
    st.writer = None;
    st.reader = None;
    drop(st);
    flushed.map_err(|e| io_err(f, e))
}

fn file_close(_cx: &mut Ctx, args: &Args) -> PyResult {
    close_file(file_of(args)?)?;
    Ok(Value::NONE)
}

fn file_flush(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let mut st = f.state.lock();
    if st.closed {
        return Err(closed_error());
    }
    if let Some(w) = st.writer.as_mut() {
        w.flush().map_err(|e| io_err(f, e))?;
    }
    Ok(Value::NONE)
}

fn file_seek(cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let a = args.check("seek", 2, 3)?;
    let off = ops::index(cx, &a[1])?;
    let whence = match a.get(2) {
        Some(w) => ops::index(cx, w)?,
        None => 0,
    };
    let pos = match whence {
        0 if off >= 0 => SeekFrom::Start(off as u64),
        0 => return Err(value_error(format!("negative seek position {off}"))),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    let mut st = f.state.lock();
    if st.closed {
        return Err(closed_error());
    }
    f.sync_for_read(&mut st)?;
    let new = if let Some(r) = st.reader.as_mut() {
        r.seek(pos).map_err(|e| io_err(f, e))?
    } else if let Some(w) = st.writer.as_mut() {
        w.seek(pos).map_err(|e| io_err(f, e))?
    } else {
        0
    };
    Ok(Value::int(new as i64))
}

fn file_tell(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let mut st = f.state.lock();
    if st.closed {
        return Err(closed_error());
    }
    f.sync_for_read(&mut st)?;
    let pos = if let Some(r) = st.reader.as_mut() {
        r.stream_position().map_err(|e| io_err(f, e))?
    } else if let Some(w) = st.writer.as_mut() {
        w.stream_position().map_err(|e| io_err(f, e))?
    } else {
        0
    };
    Ok(Value::int(pos as i64))
}

fn file_readable(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    if f.state.lock().closed {
        return Err(closed_error());
    }
    Ok(Value::bool(f.readable))
}

fn file_writable(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    if f.state.lock().closed {
        return Err(closed_error());
    }
    Ok(Value::bool(f.writable))
}

fn file_enter(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    if f.state.lock().closed {
        return Err(closed_error());
    }
    Ok(args.values[0].clone())
}

fn file_exit(_cx: &mut Ctx, args: &Args) -> PyResult {
    close_file(file_of(args)?)?;
    Ok(Value::FALSE)
}

fn file_closed(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::bool(file_of(args)?.state.lock().closed))
}

fn file_name(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(file_of(args)?.name.clone())
}

fn file_mode(_cx: &mut Ctx, args: &Args) -> PyResult {
    Ok(Value::str(&file_of(args)?.mode))
}

fn stream_encoding_file(_cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    if f.binary {
        return Err(crate::error::attribute_error(
            "'_io.BufferedReader' object has no attribute 'encoding'",
        ));
    }
    Ok(Value::str("UTF-8"))
}

fn file_repr(cx: &mut Ctx, args: &Args) -> PyResult {
    let f = file_of(args)?;
    let name = ops::repr(cx, &f.name)?;
    let s = if f.binary {
        let cls = if f.writable && !f.readable {
            "BufferedWriter"
        } else {
            "BufferedReader"
        };
        format!("<_io.{cls} name={name}>")
    } else {
        format!(
            "<_io.TextIOWrapper name={name} mode='{}' encoding='UTF-8'>",
            f.mode
        )
    };
    Ok(Value::string(s))
}

impl Drop for FileObj {
    fn drop(&mut self) {
        // Like CPython, a file dropped without close() still gets its data written.
        if let Some(w) = self.state.get_mut().writer.as_mut() {
            let _ = w.flush();
        }
    }
}
