//! What the rules and the file checks have to say, kept as a text key and its arguments (ids,
//! numbers, nested messages) so that the text layer words it in the reader's language.
/// An argument to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text that is shown as it is (an id, a file name, a value as written).
    Str(String),
    /// A number (for plurals and the language's number format).
    Num(f64),
    /// Another message, worded in the same language as the one it is part of.
    Msg(Box<Message>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<f64> for Arg {
    fn from(n: f64) -> Arg {
        Arg::Num(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(f64::from(n))
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Num(f64::from(n))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Arg {
        Arg::Num(n as f64)
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Arg {
        Arg::Msg(Box::new(m))
    }
}

/// A text kept as its key and arguments, so that code can build it where the facts are and
/// the text layer can word it, in the reader's language, where it is shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The Fluent key.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message without arguments yet.
    pub fn new(key: &'static str) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// The text argument of that name, if there is one.
    pub fn str_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Str(s) if *n == name => Some(s.as_str()),
            _ => None,
        })
    }
}

/// The message for a failed file operation: a key for the usual causes, the system's own
/// words (which the program cannot translate) otherwise.
pub fn io_reason(e: &std::io::Error) -> Message {
    use std::io::ErrorKind as K;
    let key = match e.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission-denied",
        K::InvalidData => "io-not-text",
        K::IsADirectory => "io-is-a-directory",
        K::AlreadyExists => "io-already-exists",
        K::StorageFull => "io-storage-full",
        _ => return Message::new("io-other").arg("detail", e.to_string()),
    };
    Message::new(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_key_and_arguments() {
        let m = Message::new("bad-month")
            .arg("text", "1862-13")
            .arg("n", 3u32)
            .arg("why", Message::new("io-not-found"));
        assert_eq!(m.key, "bad-month");
        assert_eq!(m.args.len(), 3);
        assert_eq!(m.str_arg("text"), Some("1862-13"));
        assert_eq!(m.str_arg("n"), None);
    }

    #[test]
    fn unusual_io_errors_keep_the_systems_words() {
        let e = std::io::Error::other("disk on fire");
        let m = io_reason(&e);
        assert_eq!(m.key, "io-other");
        assert_eq!(m.str_arg("detail"), Some("disk on fire"));
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        assert_eq!(io_reason(&missing), Message::new("io-not-found"));
    }
}
