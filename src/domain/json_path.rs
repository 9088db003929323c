//! Naming the field at a position in a JSON text, for error messages.
//!
//! serde_json reports where parsing failed (line and column) but not which field that was.
//! Wrapping every deserializer to track the path costs about 40 KB of wasm; scanning the text
//! up to the failure point with this small tokenizer gives the same answer for a valid-JSON
//! prefix, which is what a type error or a missing field leaves.

/// One level of nesting: an object (with the key last seen) or an array (with its index).
enum Level {
    Object(Option<String>),
    Array(usize),
}

/// The path (`items[2].pricing.price`) of the value being read at byte `offset` of `text`,
/// or `(file)` at the top level. With `container`, the path of the innermost object instead
/// (for errors about the object as a whole, such as a missing field).
pub fn path_at(text: &str, offset: usize, container: bool) -> String {
    let bytes = text.as_bytes();
    let end = offset.min(bytes.len());
    let mut stack: Vec<Level> = Vec::new();
    let mut position = 0;
    // After a key's closing quote and until its value begins, strings are values, not keys.
    let mut expecting_key = false;
    while position < end {
        match bytes[position] {
            b'{' => {
                stack.push(Level::Object(None));
                expecting_key = true;
            }
            b'[' => {
                stack.push(Level::Array(0));
                expecting_key = false;
            }
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Level::Array(index)) => *index += 1,
                Some(Level::Object(key)) => {
                    *key = None;
                    expecting_key = true;
                }
                None => {}
            },
            b':' => expecting_key = false,
            b'"' => {
                let start = position + 1;
                position = start;
                while position < bytes.len() && bytes[position] != b'"' {
                    position += if bytes[position] == b'\\' { 2 } else { 1 };
                }
                if expecting_key {
                    if let Some(Level::Object(key)) = stack.last_mut() {
                        *key = text
                            .get(start..position.min(bytes.len()))
                            .map(str::to_owned);
                    }
                }
            }
            _ => {}
        }
        position += 1;
    }
    if container {
        if let Some(Level::Object(key)) = stack.last_mut() {
            *key = None;
        }
    }
    let mut path = String::new();
    for level in &stack {
        match level {
            Level::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Level::Object(None) => {}
            Level::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        "(file)".to_owned()
    } else {
        path
    }
}

/// Byte offset of a 1-based line and column, as serde_json reports them.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (line_start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_nested_fields_and_array_items() {
        let text = r#"{"a": 1, "items": [{"x": 1}, {"pricing": {"price": "oops"}}]}"#;
        let offset = text.find("\"oops\"").unwrap() + 6;
        assert_eq!(path_at(text, offset, false), "items[1].pricing.price");
        assert_eq!(path_at(text, offset, true), "items[1].pricing");
        assert_eq!(path_at(text, 1, false), "(file)");
        assert_eq!(path_at(text, text.find("1,").unwrap() + 1, false), "a");
    }

    #[test]
    fn strings_with_braces_and_escapes_do_not_confuse_it() {
        let text = r#"{"note": "a } \" [ b", "tax": {"rate": x"#;
        assert_eq!(path_at(text, text.len(), false), "tax.rate");
    }

    #[test]
    fn offsets_follow_lines_and_columns() {
        let text = "{\n  \"a\": 1,\n  \"b\": x\n}";
        assert_eq!(offset_of(text, 3, 8), text.find('x').unwrap() + 1);
        assert_eq!(offset_of(text, 99, 99), text.len());
    }
}
