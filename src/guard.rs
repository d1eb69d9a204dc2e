//! Third-party parsers (feed-rs over quick-xml, the HTML readability crates) are data-driven
//! code that has been seen to panic on hostile input (a second XML declaration inside a feed
//! panics quick-xml 0.42). [`catch`] turns such a panic into an error for that one input, so
//! the file is refused with a message and everything else goes on — in `dump` and in the
//! reader, where the panic hook must then neither restore the terminal nor print.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    static CATCHING: Cell<u32> = const { Cell::new(0) };
}

/// Whether the current thread is inside [`catch`]: the panic hooks stay quiet then.
pub fn is_catching() -> bool {
    CATCHING.with(|c| c.get() > 0)
}

/// Runs `f`; a panic inside it becomes `Err` with the panic's message.
pub fn catch<R>(f: impl FnOnce() -> R) -> Result<R, String> {
    CATCHING.with(|c| c.set(c.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    CATCHING.with(|c| c.set(c.get() - 1));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown failure".into())
    })
}

/// Installs a panic hook that says nothing for panics [`catch`] handles and defers to the
/// previous hook otherwise. Called first thing in `main`.
pub fn install_quiet_hook() {
    let previous = panic::take_hook();
    panic::set_hook(Box::new(move |info| {
        if !is_catching() {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_error_and_the_flag_resets() {
        install_quiet_hook();
        assert_eq!(catch(|| 7), Ok(7));
        let err = catch(|| -> u8 { panic!("bad input {}", 3) }).unwrap_err();
        assert_eq!(err, "bad input 3");
        assert!(!is_catching());
        let nested = catch(|| catch(|| -> u8 { panic!("inner") }).is_err());
        assert_eq!(nested, Ok(true));
        assert!(!is_catching());
    }
}
