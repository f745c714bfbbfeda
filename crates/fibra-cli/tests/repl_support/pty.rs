//! Driving a REPL in a pseudo-terminal with `rexpect`.

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use rexpect::process::wait::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::PtySession;

/// How long one expectation may wait.
pub const TIMEOUT_MS: u64 = 15_000;

/// A REPL session in a pty. Output is matched with ANSI escapes stripped.
pub struct Pty {
    pub s: PtySession,
}

impl Pty {
    /// Starts `cmd` with a plain terminal environment (`TERM=xterm`, `NO_COLOR=1`, no history
    /// unless `FIBRA_HISTORY` is set on `cmd`).
    pub fn spawn(mut cmd: Command) -> Pty {
        cmd.env("TERM", "xterm").env("NO_COLOR", "1");
        if !cmd.get_envs().any(|(k, _)| k == "FIBRA_HISTORY") {
            cmd.env("FIBRA_HISTORY", "");
        }
        let s = rexpect::spawn_with_options(
            cmd,
            Options {
                timeout_ms: Some(TIMEOUT_MS),
                strip_ansi_escape_codes: true,
            },
        )
        .expect("spawn in a pty");
        Pty { s }
    }

    /// Waits for `text` in the output; panics with what was seen otherwise.
    pub fn expect(&mut self, text: &str) -> String {
        match self.s.exp_string(text) {
            Ok(before) => before,
            Err(e) => panic!("expected {text:?} in the REPL output: {e}"),
        }
    }

    /// Waits for the primary prompt.
    pub fn prompt(&mut self) {
        self.expect(">>> ");
    }

    /// Types `line` and Enter.
    pub fn line(&mut self, line: &str) {
        self.keys(line);
        self.keys("\r");
    }

    /// Types raw keys (`"\t"` is Tab, `"\x1b[A"` is Up).
    pub fn keys(&mut self, keys: &str) {
        self.s.send(keys).expect("write to the pty");
        self.s.flush().expect("flush the pty");
    }

    /// Sends Ctrl-<c>.
    pub fn ctrl(&mut self, c: char) {
        self.s.send_control(c).expect("send a control key");
    }

    /// Waits for the process to end and returns its exit status.
    pub fn exit_code(mut self) -> i32 {
        let _ = self.s.exp_eof();
        match self.s.process.wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("REPL did not exit normally: {other:?}"),
        }
    }
}

/// A fresh, unique, not yet existing path in the temp directory.
pub fn temp_path(tag: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let n = N.fetch_add(1, Ordering::SeqCst);
    let p = std::env::temp_dir().join(format!("fibra-repl-{tag}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_file(&p);
    p
}
