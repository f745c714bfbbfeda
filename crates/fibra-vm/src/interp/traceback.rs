//! Tracebacks: recording the frames an exception passes through, `__context__`
//! chaining, and printing an uncaught exception the way CPython does.

use std::fmt::Write;
use std::sync::Arc;

use crate::ctx::Ctx;
use crate::error::Exc;
use crate::interp::frame::Frame;
use crate::object::{Payload, TraceEntry};
use crate::ops;
use crate::types::{self, types};
use crate::value::Value;

/// Records that `exc` passed through frame `f` at instruction `ip` (its line and source
/// range, for the caret line of the traceback). Entries are stored innermost first (each
/// frame the exception leaves is appended, so unwinding a deep recursion stays linear);
/// readers reverse them into traceback order.
pub fn add_entry_at(exc: &Exc, f: &Frame, ip: usize) {
    let code = &f.code;
    let mut span = code.obj.spans.get(ip).copied().unwrap_or((0, 0));
    if matches!(code.obj.code.get(ip), Some(fibra_bytecode::Op::Jump(_))) {
        // A loop's back-edge (KeyboardInterrupt): it belongs to no sub-expression.
        span = (0, 0);
    }
    if let Some(e) = exc.exception() {
        let entry = TraceEntry {
            code: code.clone(),
            line: code.obj.line_of(ip),
            ip: ip.min(u32::MAX as usize) as u32,
            span,
            globals: f.globals.clone(),
            frame: (*f.pyframe).clone(),
            frame_addr: f as *const Frame as usize,
            fast: Vec::new(),
        };
        e.state.lock().traceback.push(entry);
    }
}

/// One line of a traceback, as the formatters need it.
#[derive(Clone)]
pub struct TraceLine {
    pub filename: Arc<str>,
    /// The function name (`<module>` for module code).
    pub name: Arc<str>,
    pub line: u32,
    /// Source byte range (start, end) of the failing expression; `(0, 0)` when unknown.
    pub span: (u32, u32),
}

fn trace_line(e: &TraceEntry) -> TraceLine {
    TraceLine {
        filename: e.filename().clone(),
        name: e.name().clone(),
        line: e.line,
        span: e.span,
    }
}

/// The stored entries (innermost first) in traceback order.
fn outermost_first(stored: &[TraceEntry]) -> Vec<TraceLine> {
    stored.iter().rev().map(trace_line).collect()
}

fn exc_state_context(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::Exception(e)) => e.state.lock().context.clone(),
        _ => Value::NULL,
    }
}

/// Sets `__context__` of a newly raised exception to the exception being handled (unless
/// it already has one or is that exception), breaking any cycle this would create.
pub fn set_context(cx: &mut Ctx, exc: &Exc) {
    let Some(handled) = cx.handled.last() else {
        return;
    };
    if handled.is(&exc.0) {
        return;
    }
    let Some(e) = exc.exception() else { return };
    if !e.state.lock().context.is_null() {
        return;
    }
    // Break a cycle: if `exc` is already in `handled`'s context chain, cut it there.
    let mut cur = handled.clone();
    for _ in 0..1000 {
        let next = exc_state_context(&cur);
        if next.is_null() || next.is_none() {
            break;
        }
        if next.is(&exc.0) {
            if let Some(Payload::Exception(c)) = cur.payload() {
                c.state.lock().context = Value::NULL;
            }
            break;
        }
        cur = next;
    }
    e.state.lock().context = handled.clone();
}

/// `exc.__traceback__`: a traceback object, or None when the exception was never raised.
pub fn traceback_value(exc: &Value) -> Value {
    crate::interp::frame_obj::traceback_value(exc)
}

/// The class name as CPython prints it on the last line: qualified with the module for
/// classes not defined in `builtins` or `__main__`.
pub fn exc_type_name(v: &Value) -> String {
    match v.class().as_type() {
        Some(t) if t.module == "builtins" || t.module == "__main__" => t.qualname.clone(),
        Some(t) => format!("{}.{}", t.module, t.qualname),
        None => "?".into(),
    }
}

fn source_text(cx: &Ctx, filename: &str) -> Option<Arc<str>> {
    cx.vm.sources.lock().get(filename).cloned().or_else(|| {
        let text: Arc<str> = std::fs::read_to_string(filename).ok()?.into();
        Some(text)
    })
}

/// The traceback text of `exc`, with its cause/context chain, ending with a newline.
pub fn format_exception(cx: &mut Ctx, exc: &Exc) -> String {
    format_exception_value(cx, &exc.0, true)
}

/// The traceback text of the exception `v` (an exception instance), with its
/// cause/context chain when `chain` is set; what the `traceback` module prints.
pub fn format_exception_value(cx: &mut Ctx, v: &Value, chain: bool) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    if !chain {
        // Pretend every linked exception was already printed.
        for link in [exc_state_cause(v), exc_state_context(v)] {
            if !link.is_null() {
                seen.push(link.raw());
            }
        }
    }
    format_one(cx, v, &mut out, &mut seen, &mut GroupCtx::default());
    out
}

/// The last part of the traceback text of `v`: `Type: message` (and the notes; for a
/// `SyntaxError`, the source line and carets), as `traceback.format_exception_only`.
pub fn format_exception_only(cx: &mut Ctx, v: &Value) -> String {
    let mut out = String::new();
    format_tail(cx, v, &mut out);
    out
}

fn exc_state_cause(v: &Value) -> Value {
    match v.payload() {
        Some(Payload::Exception(e)) => e.state.lock().cause.clone(),
        _ => Value::NULL,
    }
}

/// The frames of an exception or traceback object, outermost first (None for other values).
pub fn entries_of(v: &Value) -> Option<Vec<TraceLine>> {
    match v.payload() {
        Some(Payload::Exception(e)) => Some(outermost_first(&e.state.lock().traceback)),
        Some(Payload::Traceback(t)) => Some(match t.exc.payload() {
            Some(Payload::Exception(e)) => {
                let st = e.state.lock();
                let end = (t.pos + 1).min(st.traceback.len());
                outermost_first(&st.traceback[..end])
            }
            _ => Vec::new(),
        }),
        _ => None,
    }
}

/// One frame as the uncaught-exception printer shows it: the `File` line, then the
/// source line and its caret line when the source is available.
pub fn format_entry(cx: &Ctx, e: &TraceLine) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  File \"{}\", line {}, in {}",
        e.filename, e.line, e.name
    );
    if let Some(src) = source_text(cx, &e.filename) {
        crate::interp::carets::source_lines(&src, e.line, e.span, &mut out);
    }
    out
}

/// The stripped source line of a frame ("" when unavailable).
pub fn entry_line(cx: &Ctx, e: &TraceLine) -> String {
    match source_text(cx, &e.filename) {
        Some(src) => fibra_syntax::LineIndex::new(&src)
            .line_text(e.line)
            .trim()
            .to_string(),
        None => String::new(),
    }
}

/// Where the printer is inside exception groups (CPython's `_ExceptionPrintContext`):
/// the nesting depth, and whether the innermost group still owes its closing line.
#[derive(Default)]
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

/// CPython's limits on how much of an exception group is printed.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, every line prefixed with the group margin (`|`, or `+` for the
    /// header of an outermost group) when inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        if self.depth == 0 {
            out.push_str(text);
            return;
        }
        let prefix = format!("{}{margin} ", self.indent());
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_one(cx: &mut Ctx, v: &Value, out: &mut String, seen: &mut Vec<u64>, g: &mut GroupCtx) {
    seen.push(v.raw());
    let (cause, context, suppress, tb) = match v.payload() {
        Some(Payload::Exception(e)) => {
            let st = e.state.lock();
            (
                st.cause.clone(),
                st.context.clone(),
                st.suppress_context,
                outermost_first(&st.traceback),
            )
        }
        _ => (Value::NULL, Value::NULL, false, Vec::new()),
    };
    let is_exc = |x: &Value| matches!(x.payload(), Some(Payload::Exception(_)));
    if is_exc(&cause) && !seen.contains(&cause.raw()) {
        format_one(cx, &cause, out, seen, g);
        g.emit(
            out,
            "\nThe above exception was the direct cause of the following exception:\n\n",
            '|',
        );
    } else if !suppress && is_exc(&context) && !seen.contains(&context.raw()) {
        format_one(cx, &context, out, seen, g);
        g.emit(
            out,
            "\nDuring handling of the above exception, another exception occurred:\n\n",
            '|',
        );
    }
    let mut text = String::new();
    if !crate::types::exception_group::is_group(v) {
        if !tb.is_empty() {
            text.push_str("Traceback (most recent call last):\n");
            format_entries(cx, &tb, &mut text);
        }
        format_tail(cx, v, &mut text);
        g.emit(out, &text, '|');
        return;
    }
    if g.depth > MAX_GROUP_DEPTH {
        g.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let top = g.depth == 0;
    if top {
        g.depth += 1;
    }
    if !tb.is_empty() {
        let header = "Exception Group Traceback (most recent call last):\n";
        g.emit(out, header, if top { '+' } else { '|' });
        format_entries(cx, &tb, &mut text);
    }
    format_tail(cx, v, &mut text);
    g.emit(out, &text, '|');
    let excs = crate::types::exception_group::exceptions_of(v);
    let shown = excs.len().min(MAX_GROUP_WIDTH + 1);
    g.need_close = false;
    for (i, e) in excs.iter().take(shown).enumerate() {
        let last = i + 1 == shown;
        if last {
            // The closing line may be written by a nested group instead.
            g.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        let _ = writeln!(
            out,
            "{}{corner}+---------------- {title} ----------------",
            g.indent()
        );
        g.depth += 1;
        if truncated {
            let more = excs.len() - MAX_GROUP_WIDTH;
            let s = if more > 1 { "s" } else { "" };
            g.emit(out, &format!("and {more} more exception{s}\n"), '|');
        } else {
            format_one(cx, e, out, seen, g);
        }
        if last && g.need_close {
            let _ = writeln!(out, "{}+------------------------------------", g.indent());
            g.need_close = false;
        }
        g.depth -= 1;
    }
    if top {
        g.depth = 0;
    }
}

fn format_tail(cx: &mut Ctx, v: &Value, out: &mut String) {
    if types::is_instance(v, &types().syntax_error) {
        format_syntax_error(cx, v, out);
        return;
    }
    out.push_str(&exc_type_name(v));
    let msg = match ops::str(cx, v) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if !msg.is_empty() {
        out.push_str(": ");
        out.push_str(&msg);
    }
    out.push_str(&crate::interp::suggest::traceback_suffix(v));
    out.push('\n');
    // 3.11 `add_note`: each note on a line of its own after the message.
    let notes = attr(v, "__notes__");
    if let Some(Payload::List(l)) = notes.payload() {
        let items = l.items.lock().to_vec();
        for note in items {
            match ops::str(cx, &note) {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str("<note str() failed>"),
            }
            out.push('\n');
        }
    }
}

fn format_entries(cx: &Ctx, tb: &[TraceLine], out: &mut String) {
    let mut last: Option<(&str, u32, &str)> = None;
    let mut repeat = 0usize;
    let flush = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            let _ = writeln!(
                out,
                "  [Previous line repeated {n} more time{}]",
                if n == 1 { "" } else { "s" }
            );
        }
    };
    for e in tb {
        let key = (&*e.filename, e.line, &*e.name);
        if last == Some(key) {
            repeat += 1;
        } else {
            flush(out, repeat);
            last = Some(key);
            repeat = 1;
        }
        if repeat > 3 {
            continue;
        }
        out.push_str(&format_entry(cx, e));
    }
    flush(out, repeat);
}

fn attr(v: &Value, name: &str) -> Value {
    v.namespace()
        .and_then(|d| d.get_str(name))
        .unwrap_or(Value::NONE)
}

fn format_syntax_error(cx: &mut Ctx, v: &Value, out: &mut String) {
    let filename = attr(v, "filename");
    let lineno = attr(v, "lineno");
    if let (Some(f), Some(l)) = (filename.as_str(), lineno.as_int()) {
        let _ = writeln!(out, "  File \"{f}\", line {l}");
    }
    // CPython 3.13's `TracebackException._format_syntax_error`: the stripped line and a
    // caret range from `offset` to `end_offset` (1-based columns).
    let text = attr(v, "text");
    if let Some(t) = text.as_str() {
        let rtext: Vec<char> = t.trim_end_matches(['\n', '\r']).chars().collect();
        let spaces = rtext
            .iter()
            .take_while(|c| matches!(c, ' ' | '\n' | '\x0c'))
            .count();
        let ltext: String = rtext[spaces..].iter().collect();
        let _ = writeln!(out, "    {ltext}");
        if let Some(mut offset) = attr(v, "offset").as_int() {
            let same_line = attr(v, "end_lineno").as_int() == lineno.as_int();
            let len = rtext.len() as i64;
            let mut end_offset = if same_line {
                match attr(v, "end_offset").as_int() {
                    Some(e) if e != 0 => e,
                    _ => offset,
                }
            } else {
                len + 1
            };
            if offset > len + 1 {
                offset = len + 1;
            }
            if end_offset > len + 1 {
                end_offset = len + 1;
            }
            if offset >= end_offset || end_offset < 0 {
                end_offset = offset + 1;
            }
            let colno = offset - 1 - spaces as i64;
            let end_colno = end_offset - 1 - spaces as i64;
            if colno >= 0 {
                let space: String = rtext[spaces..]
                    .iter()
                    .take(colno as usize)
                    .map(|&c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let n = (end_colno - colno).max(0) as usize;
                let _ = writeln!(out, "    {space}{}", "^".repeat(n));
            }
        }
    }
    out.push_str(&exc_type_name(v));
    let msg = attr(v, "msg");
    let msg = match msg.as_str() {
        Some(m) => m.to_string(),
        None => ops::str(cx, v).unwrap_or_default(),
    };
    if !msg.is_empty() {
        out.push_str(": ");
        out.push_str(&msg);
    }
    out.push('\n');
}
