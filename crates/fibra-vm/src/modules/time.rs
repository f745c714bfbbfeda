//! The `time` module.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::args::Args;
use crate::ctx::Ctx;
use crate::error::{value_error, PyResult};
use crate::ops;
use crate::value::Value;

/// Builds `time`.
pub fn make_module(_cx: &mut Ctx) -> PyResult<Value> {
    let m = Value::module("time");
    m.add_fn("time", time_time);
    m.add_fn("time_ns", time_time_ns);
    m.add_fn("perf_counter", time_perf_counter);
    m.add_fn("perf_counter_ns", time_perf_counter_ns);
    m.add_fn("monotonic", time_perf_counter);
    m.add_fn("monotonic_ns", time_perf_counter_ns);
    m.add_fn("process_time", time_process_time);
    m.add_fn("sleep", time_sleep);
    m.set_attr_str("struct_time", struct_time_type().clone());
    m.add_fn("gmtime", time_gmtime);
    m.add_fn("localtime", time_localtime);
    m.add_fn("mktime", time_mktime);
    m.add_fn("asctime", time_asctime);
    m.add_fn("ctime", time_ctime);
    m.add_fn("strftime", time_strftime);
    m.add_fn("tzset", time_tzset);
    Ok(m)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The process's monotonic clock origin.
fn origin() -> Instant {
    static ORIGIN: OnceLock<Instant> = OnceLock::new();
    *ORIGIN.get_or_init(Instant::now)
}

fn time_time(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("time", 0, 0)?;
    Ok(Value::float(since_epoch().as_secs_f64()))
}

fn time_time_ns(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("time_ns", 0, 0)?;
    Ok(Value::bigint(since_epoch().as_nanos().into()))
}

fn time_perf_counter(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("perf_counter", 0, 0)?;
    // Offset by one second so the first reading is not 0.0.
    Ok(Value::float(origin().elapsed().as_secs_f64() + 1.0))
}

fn time_perf_counter_ns(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("perf_counter_ns", 0, 0)?;
    Ok(Value::bigint(
        (origin().elapsed().as_nanos() + 1_000_000_000).into(),
    ))
}

/// CPU time of the process (user + system), from `/proc/self/stat` on Linux; falls back to
/// the monotonic clock elsewhere.
fn time_process_time(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("process_time", 0, 0)?;
    if let Ok(stat) = std::fs::read_to_string("/proc/self/stat") {
        // Fields after the parenthesised command name; utime and stime are 14 and 15.
        if let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) {
            let f: Vec<&str> = rest.split_whitespace().collect();
            if let (Some(u), Some(s)) = (f.get(11), f.get(12)) {
                if let (Ok(u), Ok(s)) = (u.parse::<f64>(), s.parse::<f64>()) {
                    return Ok(Value::float((u + s) / 100.0));
                }
            }
        }
    }
    Ok(Value::float(origin().elapsed().as_secs_f64()))
}

fn time_sleep(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("sleep", 1, 1)?;
    let secs = ops::to_f64(cx, &a[0])?;
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    crate::builtins::io::flush_stdout();
    let d = Duration::try_from_secs_f64(secs)
        .map_err(|_| crate::error::overflow_error("sleep length is too large"))?;
    if d.is_zero() {
        // `sleep(0)` is how scripts yield to other threads (a polling loop): as in
        // CPython, it lets go of the GIL (in the `gil` build) and of the CPU.
        cx.blocking(std::thread::yield_now);
        cx.check_interrupt()?;
        return Ok(Value::NONE);
    }
    // Sleep in slices so Ctrl-C (KeyboardInterrupt) is seen within 50 ms, and without the
    // GIL in the `gil` build so other threads run meanwhile.
    let deadline = std::time::Instant::now() + d;
    loop {
        let now = std::time::Instant::now();
        if now >= deadline {
            break;
        }
        let slice = (deadline - now).min(Duration::from_millis(50));
        cx.blocking(|| std::thread::sleep(slice));
        cx.check_interrupt()?;
        if crate::interrupt::pending() {
            return Err(crate::interrupt::keyboard_interrupt());
        }
    }
    Ok(Value::NONE)
}

// ---- Calendar time: struct_time, gmtime, localtime, mktime, asctime, ctime, strftime.
//
// Local time comes from the C library on Linux (`localtime_r`, `mktime`, `strftime`, so the
// TZ environment variable is honoured after `tzset()`, as in CPython); elsewhere local time is
// UTC and `strftime` is not available.

/// `time.struct_time`: the 9-item named tuple (no `tm_zone`/`tm_gmtoff` attributes).
fn struct_time_type() -> &'static Value {
    static T: OnceLock<Value> = OnceLock::new();
    T.get_or_init(|| {
        crate::types::tuple::struct_seq_type(
            "time",
            "struct_time",
            &[
                "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
                "tm_yday", "tm_isdst",
            ],
        )
    })
}

/// Broken-down time with Python's conventions: month 1..12, weekday 0 = Monday, yday 1..366.
#[derive(Clone, Copy, Default)]
struct Tm {
    year: i64,
    mon: i64,
    mday: i64,
    hour: i64,
    min: i64,
    sec: i64,
    wday: i64,
    yday: i64,
    isdst: i64,
}

impl Tm {
    fn to_value(self) -> Value {
        let f = [
            self.year, self.mon, self.mday, self.hour, self.min, self.sec, self.wday, self.yday,
            self.isdst,
        ];
        crate::types::tuple::struct_seq(
            struct_time_type(),
            f.iter().map(|&v| Value::int(v)).collect(),
        )
    }
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

/// UTC broken-down time for seconds since the epoch.
fn utc_tm(secs: i64) -> Tm {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Civil date from days since 1970-01-01 (era-based algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let mday = doy - (153 * mp + 2) / 5 + 1;
    let mon = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(mon <= 2);
    const BEFORE: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
    let yday = BEFORE[(mon - 1) as usize] + mday + i64::from(mon > 2 && is_leap(year));
    Tm {
        year,
        mon,
        mday,
        hour: rem / 3600,
        min: rem % 3600 / 60,
        sec: rem % 60,
        // 1970-01-01 was a Thursday (3 with Monday = 0).
        wday: (days + 3).rem_euclid(7),
        yday,
        isdst: 0,
    }
}

/// Seconds since the epoch of UTC fields (months and days may be out of range).
#[cfg(not(target_os = "linux"))]
fn utc_seconds(tm: &Tm) -> i64 {
    let y = tm.year + (tm.mon - 1).div_euclid(12);
    let m = (tm.mon - 1).rem_euclid(12) + 1;
    let (yy, mm) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = yy.div_euclid(400);
    let yoe = yy - era * 400;
    let doy = (153 * mm + 2) / 5 + tm.mday - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * 86400 + tm.hour * 3600 + tm.min * 60 + tm.sec
}

/// The optional `secs` argument: now when absent or None, else floored to whole seconds.
fn secs_arg(cx: &mut Ctx, a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None => Ok(since_epoch().as_secs() as i64),
        Some(v) if v.is_none() => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            let Some(f) = v.as_float() else {
                // Integers, and anything with `__index__`; the TypeError names the type.
                return ops::index(cx, v);
            };
            if f.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            // Years must stay within what the calendar code (and i32 tm_year) handles.
            if f.abs() > 6.7e16 {
                return Err(crate::error::overflow_error(
                    "timestamp out of range for platform time_t",
                ));
            }
            Ok(f as i64)
        }
    }
}

fn check_year_range(tm: Tm) -> PyResult<Tm> {
    if tm.year - 1900 > i64::from(i32::MAX) || tm.year - 1900 < i64::from(i32::MIN) {
        return Err(crate::error::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(tm)
}

fn time_gmtime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("gmtime", 0, 1)?;
    let secs = secs_arg(cx, a)?;
    Ok(check_year_range(utc_tm(secs))?.to_value())
}

fn time_localtime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("localtime", 0, 1)?;
    let secs = secs_arg(cx, a)?;
    Ok(local_tm(secs)?.to_value())
}

fn time_ctime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("ctime", 0, 1)?;
    let secs = secs_arg(cx, a)?;
    Ok(Value::string(asctime(&local_tm(secs)?)))
}

fn time_asctime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("asctime", 0, 1)?;
    let tm = match a.first() {
        None => local_tm(since_epoch().as_secs() as i64)?,
        Some(v) => tm_arg(cx, "asctime", v)?,
    };
    check_tm(&tm)?;
    Ok(Value::string(asctime(&tm)))
}

fn asctime(tm: &Tm) -> String {
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        DAYS[tm.wday.rem_euclid(7) as usize],
        MONTHS[(tm.mon - 1).clamp(0, 11) as usize],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year
    )
}

/// A 9-item tuple or `struct_time` argument.
fn tm_arg(cx: &mut Ctx, fname: &str, v: &Value) -> PyResult<Tm> {
    let Some(items) = v.as_tuple() else {
        return Err(crate::error::type_error(
            "Tuple or struct_time argument required",
        ));
    };
    if items.len() != 9 {
        return Err(crate::error::type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(items) {
        *slot = ops::index(cx, item)?;
    }
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
    })
}

/// CPython's range checks for `asctime`/`strftime`; zero month, day and yday mean 1.
fn check_tm(tm: &Tm) -> PyResult<()> {
    let err = |m: &str| Err(value_error(m.to_string()));
    if tm.mon != 0 && !(1..=12).contains(&tm.mon) {
        return err("month out of range");
    }
    if !(0..=31).contains(&tm.mday) {
        return err("day of month out of range");
    }
    if !(0..=23).contains(&tm.hour) {
        return err("hour out of range");
    }
    if !(0..=59).contains(&tm.min) {
        return err("minute out of range");
    }
    if !(0..=61).contains(&tm.sec) {
        return err("seconds out of range");
    }
    // CPython maps Monday-based to Sunday-based with C's `%`: -1 is Sunday, -2 is an error.
    if (tm.wday + 1) % 7 < 0 {
        return err("day of week out of range");
    }
    if !(0..=366).contains(&tm.yday) {
        return err("day of year out of range");
    }
    if tm.year - 1900 > i64::from(i32::MAX) || tm.year - 1900 < i64::from(i32::MIN) {
        return Err(crate::error::overflow_error("year out of range"));
    }
    Ok(())
}

fn time_mktime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("mktime", 1, 1)?;
    let tm = tm_arg(cx, "mktime", &a[0])?;
    if tm.year - 1900 > i64::from(i32::MAX) || tm.year - 1900 < i64::from(i32::MIN) {
        return Err(crate::error::overflow_error("year out of range"));
    }
    Ok(Value::float(local_mktime(&tm)? as f64))
}

fn time_strftime(cx: &mut Ctx, args: &Args) -> PyResult {
    let a = args.check("strftime", 1, 2)?;
    let Some(fmt) = a[0].as_str() else {
        return Err(crate::error::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            a[0].type_name()
        )));
    };
    let mut tm = match a.get(1) {
        None => local_tm(since_epoch().as_secs() as i64)?,
        Some(v) => tm_arg(cx, "strftime", v)?,
    };
    check_tm(&tm)?;
    tm.mon = tm.mon.max(1);
    tm.mday = tm.mday.max(1);
    tm.yday = tm.yday.max(1);
    tm.isdst = tm.isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    Ok(Value::string(c_strftime(fmt, &tm)?))
}

fn time_tzset(_cx: &mut Ctx, args: &Args) -> PyResult {
    args.check("tzset", 0, 0)?;
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `tzset` takes no arguments; it reads TZ and updates libc's own time zone
        // state (racing only with a concurrent `setenv`, as in CPython).
        unsafe { c::tzset() };
    }
    Ok(Value::NONE)
}

#[cfg(target_os = "linux")]
mod c {
    extern "C" {
        pub fn tzset();
    }
}

#[cfg(target_os = "linux")]
fn to_c_tm(tm: &Tm) -> libc::tm {
    // SAFETY: `libc::tm` is a plain C struct of integers and one nullable pointer
    // (`tm_zone`); all-zero bytes are a valid value for it.
    let mut c: libc::tm = unsafe { std::mem::zeroed() };
    c.tm_year = (tm.year - 1900) as libc::c_int;
    c.tm_mon = (tm.mon - 1) as libc::c_int;
    c.tm_mday = tm.mday as libc::c_int;
    c.tm_hour = tm.hour as libc::c_int;
    c.tm_min = tm.min as libc::c_int;
    c.tm_sec = tm.sec as libc::c_int;
    c.tm_wday = ((tm.wday + 1).rem_euclid(7)) as libc::c_int;
    c.tm_yday = (tm.yday - 1) as libc::c_int;
    c.tm_isdst = tm.isdst as libc::c_int;
    c
}

#[cfg(target_os = "linux")]
fn local_tm(secs: i64) -> PyResult<Tm> {
    let t = secs as libc::time_t;
    // SAFETY: as in `to_c_tm`, all-zero bytes are a valid `libc::tm`.
    let mut c: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers refer to live locals for the duration of the call;
    // `localtime_r` writes only into `c` (it is the reentrant variant).
    let r = unsafe { libc::localtime_r(&t, &mut c) };
    if r.is_null() {
        return Err(crate::error::overflow_error(
            "timestamp out of range for platform time_t",
        ));
    }
    Ok(Tm {
        year: i64::from(c.tm_year) + 1900,
        mon: i64::from(c.tm_mon) + 1,
        mday: i64::from(c.tm_mday),
        hour: i64::from(c.tm_hour),
        min: i64::from(c.tm_min),
        sec: i64::from(c.tm_sec),
        wday: (i64::from(c.tm_wday) + 6) % 7,
        yday: i64::from(c.tm_yday) + 1,
        isdst: i64::from(c.tm_isdst),
    })
}

#[cfg(not(target_os = "linux"))]
fn local_tm(secs: i64) -> PyResult<Tm> {
    check_year_range(utc_tm(secs))
}

#[cfg(target_os = "linux")]
fn local_mktime(tm: &Tm) -> PyResult<i64> {
    let mut c = to_c_tm(tm);
    // mktime leaves tm_wday alone on failure: a sentinel tells an error from -1 seconds.
    c.tm_wday = -1;
    // SAFETY: `c` is a valid, exclusively borrowed `libc::tm` for the duration of the call.
    let t = unsafe { libc::mktime(&mut c) };
    if t == -1 && c.tm_wday == -1 {
        return Err(crate::error::overflow_error("mktime argument out of range"));
    }
    Ok(t as i64)
}

#[cfg(not(target_os = "linux"))]
fn local_mktime(tm: &Tm) -> PyResult<i64> {
    Ok(utc_seconds(tm))
}

#[cfg(target_os = "linux")]
fn c_strftime(fmt: &str, tm: &Tm) -> PyResult<String> {
    let c = to_c_tm(tm);
    let cfmt = std::ffi::CString::new(fmt).map_err(|_| value_error("embedded null character"))?;
    // A zero result means "did not fit" or "empty output": grow up to CPython's limit.
    let mut size = 1024usize;
    let limit = 256 * fmt.len().max(4);
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `cfmt` is NUL-terminated and `c` is a
        // valid `libc::tm` whose `tm_zone` is null (allowed: libc then uses `tzname`).
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &c) };
        if n > 0 || size >= limit {
            buf.truncate(n);
            return Ok(String::from_utf8_lossy(&buf).into_owned());
        }
        size *= 2;
    }
}

#[cfg(not(target_os = "linux"))]
fn c_strftime(_fmt: &str, _tm: &Tm) -> PyResult<String> {
    Err(crate::error::Exc::new(
        &crate::types::types().not_implemented_error,
        "time.strftime needs the C library's strftime (Linux only in Fibra)",
    ))
}
