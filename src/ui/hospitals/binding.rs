//! Which text of the open schedule a form field shows and changes.

use std::sync::Arc;

use crate::domain::schedule_draft::{ItemDraft, ScheduleDraft, SourceDraft, Texts};

type Read = Arc<dyn Fn(&ScheduleDraft) -> Option<String> + Send + Sync>;
type Write = Arc<dyn Fn(&mut ScheduleDraft, String) + Send + Sync>;

/// Reads and writes one text of a schedule. Entries of a list are found by index each time,
/// so a field of a removed entry reads nothing and writes nowhere.
#[derive(Clone)]
pub struct Binding {
    pub read: Read,
    pub write: Write,
}

/// A text of a schedule, an item or a source.
pub type Text<T> = fn(&T) -> &String;
pub type TextMut<T> = fn(&mut T) -> &mut String;
/// Texts per locale of a schedule, an item or a source.
pub type Localized<T> = fn(&T) -> &Texts;
pub type LocalizedMut<T> = fn(&mut T) -> &mut Texts;

fn entry_item(draft: &ScheduleDraft, index: usize) -> Option<&ItemDraft> {
    draft.items.get(index)
}

fn entry_item_mut(draft: &mut ScheduleDraft, index: usize) -> Option<&mut ItemDraft> {
    draft.items.get_mut(index)
}

fn entry_source(draft: &ScheduleDraft, index: usize) -> Option<&SourceDraft> {
    draft.sources.get(index)
}

fn entry_source_mut(draft: &mut ScheduleDraft, index: usize) -> Option<&mut SourceDraft> {
    draft.sources.get_mut(index)
}

impl Binding {
    fn at<T: 'static>(
        find: fn(&ScheduleDraft, usize) -> Option<&T>,
        find_mut: fn(&mut ScheduleDraft, usize) -> Option<&mut T>,
        index: usize,
        get: Text<T>,
        put: TextMut<T>,
    ) -> Binding {
        Binding {
            read: Arc::new(move |draft| find(draft, index).map(|entry| get(entry).clone())),
            write: Arc::new(move |draft, value| {
                if let Some(entry) = find_mut(draft, index) {
                    *put(entry) = value;
                }
            }),
        }
    }

    fn at_locale<T: 'static>(
        find: fn(&ScheduleDraft, usize) -> Option<&T>,
        find_mut: fn(&mut ScheduleDraft, usize) -> Option<&mut T>,
        index: usize,
        get: Localized<T>,
        put: LocalizedMut<T>,
        locale: &'static str,
    ) -> Binding {
        Binding {
            read: Arc::new(move |draft| {
                find(draft, index).map(|entry| get(entry).get(locale).cloned().unwrap_or_default())
            }),
            write: Arc::new(move |draft, value| {
                if let Some(entry) = find_mut(draft, index) {
                    put(entry).insert(locale.to_owned(), value);
                }
            }),
        }
    }

    /// A text of the schedule itself.
    pub fn schedule(get: Text<ScheduleDraft>, put: TextMut<ScheduleDraft>) -> Binding {
        Binding {
            read: Arc::new(move |draft| Some(get(draft).clone())),
            write: Arc::new(move |draft, value| *put(draft) = value),
        }
    }

    pub fn schedule_locale(
        get: Localized<ScheduleDraft>,
        put: LocalizedMut<ScheduleDraft>,
        locale: &'static str,
    ) -> Binding {
        Binding {
            read: Arc::new(move |draft| Some(get(draft).get(locale).cloned().unwrap_or_default())),
            write: Arc::new(move |draft, value| {
                put(draft).insert(locale.to_owned(), value);
            }),
        }
    }

    pub fn item(index: usize, get: Text<ItemDraft>, put: TextMut<ItemDraft>) -> Binding {
        Binding::at(entry_item, entry_item_mut, index, get, put)
    }

    pub fn item_locale(
        index: usize,
        get: Localized<ItemDraft>,
        put: LocalizedMut<ItemDraft>,
        locale: &'static str,
    ) -> Binding {
        Binding::at_locale(entry_item, entry_item_mut, index, get, put, locale)
    }

    pub fn source(index: usize, get: Text<SourceDraft>, put: TextMut<SourceDraft>) -> Binding {
        Binding::at(entry_source, entry_source_mut, index, get, put)
    }

    pub fn source_locale(
        index: usize,
        get: Localized<SourceDraft>,
        put: LocalizedMut<SourceDraft>,
        locale: &'static str,
    ) -> Binding {
        Binding::at_locale(entry_source, entry_source_mut, index, get, put, locale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_read_and_write_their_own_text_only() {
        let mut draft = ScheduleDraft::blank();
        let name = Binding::item_locale(0, |item| &item.name, |item| &mut item.name, "ja");
        (name.write)(&mut draft, "初診".into());
        assert_eq!((name.read)(&draft).as_deref(), Some("初診"));
        assert_eq!(draft.items[0].name.get("en"), None);
        let gone = Binding::item(5, |item| &item.id, |item| &mut item.id);
        (gone.write)(&mut draft, "x".into());
        assert_eq!((gone.read)(&draft), None);
    }
}
