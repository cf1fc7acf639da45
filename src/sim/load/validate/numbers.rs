//! Numbers a scenario writes that are not numbers (`NaN`, `inf`) or too large to be one
//! (`1e999`): every number of a scenario must be finite, since the rules would carry a NaN into
//! every sum it touches (a track's bound once passed `check` and panicked in the month).
use super::Checker;
use crate::sim::message::Message;

/// Where the scenario's text writes a number that is not finite: (offset, length) of each.
pub(super) fn not_finite(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        match bytes[i] {
            b'"' => i = end_of_string(bytes, i + 1),
            b'/' if rest.starts_with(b"//") => {
                i += rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            }
            b'/' if rest.starts_with(b"/*") => {
                i += rest
                    .windows(2)
                    .position(|w| w == b"*/")
                    .map_or(rest.len(), |p| p + 2);
            }
            b'r' if raw_string_hashes(rest).is_some() => {
                let hashes = raw_string_hashes(rest).unwrap_or(0);
                let open = 2 + hashes;
                let mut close = vec![b'"'];
                close.extend(std::iter::repeat_n(b'#', hashes));
                i += rest[open..]
                    .windows(close.len())
                    .position(|w| w == close.as_slice())
                    .map_or(rest.len(), |p| open + p + close.len());
            }
            b if b.is_ascii_alphabetic() || b == b'_' => {
                let len = rest
                    .iter()
                    .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))
                    .unwrap_or(rest.len());
                if matches!(&rest[..len], b"NaN" | b"inf") {
                    found.push((i, len));
                }
                i += len;
            }
            b if b.is_ascii_digit() => {
                let mut len = 0;
                while len < rest.len() {
                    let b = rest[len];
                    let sign_after_exponent =
                        (b == b'+' || b == b'-') && len > 0 && matches!(rest[len - 1], b'e' | b'E');
                    if b.is_ascii_digit()
                        || matches!(b, b'.' | b'e' | b'E' | b'_')
                        || sign_after_exponent
                    {
                        len += 1;
                    } else {
                        break;
                    }
                }
                let literal: String = text[i..i + len].chars().filter(|&c| c != '_').collect();
                if literal.parse::<f64>().is_ok_and(|v| !v.is_finite()) {
                    found.push((i, len));
                }
                i += len;
            }
            _ => i += 1,
        }
    }
    found
}

/// The end (just past the closing quote) of a string whose text begins at `i`.
fn end_of_string(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// If `rest` opens a raw string (`r"`, `r#"`, …), how many `#` it has.
fn raw_string_hashes(rest: &[u8]) -> Option<usize> {
    let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
    (rest.get(1 + hashes) == Some(&b'"')).then_some(hashes)
}

/// One located error for each number of the text that is not finite.
pub(super) fn check_finite_numbers(c: &mut Checker) {
    for (offset, len) in not_finite(c.text) {
        let value = c.text[offset..offset + len].to_string();
        c.error_at(
            (offset, len),
            Message::new("check-not-finite").arg("value", value),
            Some(Message::new("check-not-finite-help")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::not_finite;

    #[test]
    fn only_numbers_that_are_not_finite_are_found() {
        let text = r##"( a: NaN, b: 1.5, c: inf, d: -inf, e: 1e999, f: 2.5e-3, g: "NaN inf 1e999",
            h: r#"inf "NaN""#, // NaN in a comment
            /* inf */ information: 3, nan: 1, i: 1_000.0, j: 1e3 )"##;
        let words: Vec<&str> = not_finite(text)
            .into_iter()
            .map(|(o, l)| &text[o..o + l])
            .collect();
        assert_eq!(words, ["NaN", "inf", "inf", "1e999"]);
    }
}
