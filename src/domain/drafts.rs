//! Named intake drafts kept on the device: create, duplicate, delete, and saving that never
//! writes over what another tab saved meanwhile: the two edits are merged field by field
//! (see [`super::merge`]), and a field both changed differently keeps both values as a
//! [`Choice`] until the user has seen them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::intake::Intake;
use super::merge::{merge, with_value_at, Clash};

/// The id of the first draft on a device. Two tabs opened on a first visit each start it
/// under this id, so their first saves merge into one draft instead of making two.
pub const FIRST_DRAFT_ID: &str = "first";

/// One named draft. `revision` grows by one with every save, in whichever tab it happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub id: String,
    pub name: String,
    pub revision: u64,
    /// When it was last saved (ISO 8601 from the browser's clock), for the list of drafts.
    pub saved_at: String,
    pub intake: Intake,
    /// Fields two tabs changed differently, until the user dismisses each.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
}

/// A field two tabs changed differently, and every value it was given; the draft holds one
/// of them (or whatever the user typed since).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// JSON Pointer into [`DraftContent`]: `/name`, `/intake/patient/email`.
    pub pointer: String,
    pub values: Vec<Value>,
}

/// What the user edits in a draft: its name and the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftContent {
    pub name: String,
    pub intake: Intake,
}

impl Draft {
    pub fn content(&self) -> DraftContent {
        DraftContent {
            name: self.name.clone(),
            intake: self.intake.clone(),
        }
    }
}

impl DraftContent {
    /// The content with the field at `pointer` set to `value`; `None` if there is no such field
    /// or the value does not fit it.
    pub fn with(&self, pointer: &str, value: Value) -> Option<DraftContent> {
        with_value_at(self, pointer, value)
    }
}

/// Both values of a clash as one: texts joined by `separator`, lists with the other's
/// entries added; `None` for anything else.
pub fn both(one: &Value, other: &Value, separator: &str) -> Option<Value> {
    match (one, other) {
        (Value::String(one), Value::String(other)) => {
            let parts: Vec<&str> = [one.as_str(), other.as_str()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect();
            Some(Value::String(parts.join(separator)))
        }
        (Value::Array(one), Value::Array(other)) => {
            let mut joined = one.clone();
            joined.extend(other.iter().filter(|entry| !one.contains(entry)).cloned());
            Some(Value::Array(joined))
        }
        _ => None,
    }
}

/// Every draft on this device, and the one open when the user left.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftStore {
    pub drafts: Vec<Draft>,
    #[serde(default)]
    pub last_open: Option<String>,
}

/// What a tab holds of a draft when it saves.
#[derive(Clone, Copy, Debug)]
pub struct Edit<'a> {
    pub id: &'a str,
    pub content: &'a DraftContent,
    pub choices: &'a [Choice],
    /// The stored draft this tab's copy started from; `None` before its first save.
    pub base: Option<&'a Draft>,
    /// The stored draft `base` was saved over by this tab (`None`: an empty one): what both
    /// started from when another tab's save landed on top of this tab's last one unseen.
    pub before_base: Option<&'a Draft>,
}

/// What happened when a draft was to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Written as this tab had it; the draft as stored.
    Saved(Draft),
    /// Another tab had saved meanwhile: both edits were merged and written; the tab shows this.
    Merged(Draft),
    /// Another tab deleted the draft; nothing was written.
    Deleted,
}

impl DraftStore {
    pub fn get(&self, id: &str) -> Option<&Draft> {
        self.drafts.iter().find(|draft| draft.id == id)
    }

    /// The draft to open on return: the last one open, else the most recently listed.
    pub fn to_open(&self) -> Option<&Draft> {
        self.last_open
            .as_deref()
            .and_then(|id| self.get(id))
            .or_else(|| self.drafts.last())
    }

    /// Adds a draft holding `intake` (empty, copied or imported) and opens it.
    pub fn create(&mut self, id: String, name: String, intake: Intake, now: &str) -> &Draft {
        self.drafts.push(Draft {
            id: id.clone(),
            name,
            revision: 1,
            saved_at: now.to_owned(),
            intake,
            choices: Vec::new(),
        });
        self.last_open = Some(id);
        self.drafts.last().expect("just pushed")
    }

    pub fn delete(&mut self, id: &str) {
        self.drafts.retain(|draft| draft.id != id);
        if self.last_open.as_deref() == Some(id) {
            self.last_open = None;
        }
    }

    /// Writes a tab's edit of a draft. Over the revision it started from, it is written as it
    /// is; over another tab's later save, the two are merged against that start (a draft never
    /// saved before merges against an empty one of its name: two tabs of a first visit).
    pub fn save(&mut self, edit: Edit, now: &str) -> SaveOutcome {
        let Some(stored) = self.drafts.iter_mut().find(|draft| draft.id == edit.id) else {
            if edit.base.is_some() {
                return SaveOutcome::Deleted;
            }
            let created = self.create(
                edit.id.to_owned(),
                edit.content.name.clone(),
                edit.content.intake.clone(),
                now,
            );
            let mut created = created.clone();
            created.choices = edit.choices.to_vec();
            return self.put(created, false);
        };
        // Exactly the draft this tab last read or wrote: nobody saved in between.
        let unchanged = edit.base.is_some_and(|base| base == stored);
        let (content, choices) = if unchanged {
            (edit.content.clone(), edit.choices.to_vec())
        } else {
            // Another tab saved after this tab's base (a later revision), or over this tab's
            // last save without having seen it (browsers sync storage between tabs a moment
            // late): then both started from the draft before that save.
            let built_on_base = edit
                .base
                .is_some_and(|base| stored.revision > base.revision);
            let start = if built_on_base {
                edit.base
            } else {
                edit.before_base
            };
            let empty = DraftContent {
                name: edit.content.name.clone(),
                intake: Intake::default(),
            };
            let start_content = start.map_or(empty, Draft::content);
            let start_choices = start.map_or(&[][..], |start| &start.choices);
            let Ok(merged) = merge(&start_content, edit.content, &stored.content()) else {
                // Cannot happen with the app's own types; if it did, nothing is written
                // and the tab keeps its copy, offered as a new draft.
                return SaveOutcome::Deleted;
            };
            let choices = merge_choices(start_choices, edit.choices, &stored.choices);
            (merged.value, with_clashes(choices, merged.clashes))
        };
        let revision = stored
            .revision
            .max(edit.base.map_or(0, |base| base.revision))
            + 1;
        let draft = Draft {
            id: stored.id.clone(),
            name: content.name,
            revision,
            saved_at: now.to_owned(),
            intake: content.intake,
            choices,
        };
        self.put(draft, !unchanged)
    }

    fn put(&mut self, draft: Draft, merged: bool) -> SaveOutcome {
        match self.drafts.iter_mut().find(|stored| stored.id == draft.id) {
            Some(stored) => *stored = draft.clone(),
            None => self.drafts.push(draft.clone()),
        }
        if merged {
            SaveOutcome::Merged(draft)
        } else {
            SaveOutcome::Saved(draft)
        }
    }

    /// "Draft 3": the first unused number, so names stay unique as drafts come and go.
    pub fn next_number(&self) -> usize {
        first_unused_number(self.drafts.iter().map(|draft| draft.name.as_str()))
    }

    /// `name`, or `name (2)`, `name (3)`… : the first not already a draft's name.
    pub fn unique_name(&self, name: &str) -> String {
        let taken = |candidate: &str| self.drafts.iter().any(|draft| draft.name == candidate);
        if !taken(name) {
            return name.to_owned();
        }
        (2..)
            .map(|n| format!("{name} ({n})"))
            .find(|candidate| !taken(candidate))
            .unwrap_or_else(|| name.to_owned())
    }
}

/// The first number `n` no name ends with (" n"): "Draft 3" when 1, 2 and 4 are in use, so
/// default names stay unique as items come and go.
pub fn first_unused_number<'a>(names: impl Iterator<Item = &'a str> + Clone) -> usize {
    (1..)
        .find(|n| {
            let suffix = format!(" {n}");
            !names.clone().any(|name| name.ends_with(&suffix))
        })
        .unwrap_or(1)
}

/// The choices after two tabs' changes to them: one dismissed in either tab is gone, one
/// added or widened in either is kept, and both widened are joined.
fn merge_choices(base: &[Choice], mine: &[Choice], theirs: &[Choice]) -> Vec<Choice> {
    let find = |list: &[Choice], pointer: &str| list.iter().find(|c| c.pointer == pointer).cloned();
    let mut pointers: Vec<&str> = Vec::new();
    for choice in mine.iter().chain(theirs) {
        if !pointers.contains(&choice.pointer.as_str()) {
            pointers.push(&choice.pointer);
        }
    }
    pointers
        .into_iter()
        .filter_map(|pointer| {
            let (b, m, t) = (
                find(base, pointer),
                find(mine, pointer),
                find(theirs, pointer),
            );
            if m == t || t == b {
                return m;
            }
            if m == b {
                return t;
            }
            match (m, t) {
                (Some(m), Some(t)) => Some(widened(m, &t.values)),
                (m, t) => m.or(t),
            }
        })
        .collect()
}

/// `choices` with each clash's values offered (a clash on a field already offered adds its
/// values there).
fn with_clashes(mut choices: Vec<Choice>, clashes: Vec<Clash>) -> Vec<Choice> {
    for clash in clashes {
        let values = [clash.mine, clash.theirs];
        match choices.iter_mut().find(|c| c.pointer == clash.pointer) {
            Some(choice) => *choice = widened(choice.clone(), &values),
            None => choices.push(Choice {
                pointer: clash.pointer,
                values: values.to_vec(),
            }),
        }
    }
    choices
}

fn widened(mut choice: Choice, values: &[Value]) -> Choice {
    for value in values {
        if !choice.values.contains(value) {
            choice.values.push(value.clone());
        }
    }
    choice
}

#[cfg(test)]
#[path = "drafts_tests.rs"]
mod tests;
