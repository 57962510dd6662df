//! Property tests of `--…-timeout` durations: arbitrary input never panics and either parses within the
//! documented range or names the problem; what we print parses back. `PROPTEST_CASES` sets the cases.

use esconnect_cli::args::parse_duration;
use proptest::prelude::*;
use std::time::Duration;

proptest! {
    #[test]
    fn prop_durations_never_panic(input in prop_oneof![any::<String>(), "[0-9.]{0,12}(ms|s|m|h|d|us|)"]) {
        match parse_duration(&input) {
            Ok(d) => prop_assert!(d <= Duration::from_secs(86_400)),
            Err(e) => prop_assert!(e.contains(input.trim()), "{e}"),
        }
    }

    #[test]
    fn prop_durations_parse_back(n in 0u64..=86_400, unit in prop_oneof![Just("ms"), Just("s"), Just("m"), Just("h")]) {
        let scale = match unit { "ms" => 1, "s" => 1000, "m" => 60_000, _ => 3_600_000 };
        let millis = n * scale;
        let text = format!("{n}{unit}");
        match parse_duration(&text) {
            Ok(d) => prop_assert_eq!(d, Duration::from_millis(millis)),
            Err(e) => prop_assert!(millis > 86_400_000, "{text}: {e}"),
        }
    }
}
