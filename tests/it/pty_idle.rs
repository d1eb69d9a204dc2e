//! An idle reader sleeps (issue 18 item 10): no timer wakes the event loop while nothing
//! happens. The one test of the suite that waits on purpose: 10 idle seconds, measured by the
//! loop's own count of wake-ups (`KHABAR_COUNT_WAKES`) and the process's CPU time.

use std::time::Duration;

use crate::common;

use common::pty::{Session, shows};

/// utime + stime of a process, in clock ticks (`/proc/PID/stat` fields 14 and 15).
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    let after = &stat[stat.rfind(')').unwrap() + 2..];
    let fields: Vec<&str> = after.split(' ').collect();
    // `after` starts at field 3, so field N is at index N - 3.
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn an_idle_reader_does_not_wake() {
    let dir = tempfile::tempdir().unwrap();
    let count = dir.path().join("wakes");
    let count_var = count.to_str().unwrap();
    let mut s = Session::spawn_with(
        &["--shape", "off"],
        30,
        100,
        &[("KHABAR_COUNT_WAKES", count_var)],
    );
    s.wait_for("the first frame", shows("q quit"));
    // The first frame is on screen: the loop has drawn it and gone to sleep (or soon will).
    std::thread::sleep(Duration::from_millis(300));
    let pid = s.child.process_id().unwrap();
    let before = cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(10));
    let after = cpu_ticks(pid);
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert!(
        after - before <= 1,
        "{} CPU ticks in 10 idle seconds",
        after - before
    );
    let wakes: u64 = std::fs::read_to_string(&count).unwrap().parse().unwrap();
    // The one wake-up is the `q`; two allow for a resize the pty may report at the start.
    assert!(wakes <= 2, "{wakes} wake-ups in 10 idle seconds");
}
