//! The link decoder on arbitrary text: any query string either gives a view or an error, never a
//! panic, and a view written back as a link reads back as the same link.
#![no_main]

use graph_core::Route;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(route) = text.parse::<Route>() {
        let link = route.to_string();
        let again: Route = link
            .parse()
            .unwrap_or_else(|error| panic!("{link:?} does not read back: {error}"));
        assert_eq!(again.to_string(), link, "from {text:?}");
    }
});
