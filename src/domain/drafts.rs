//! Named intake drafts kept on the device: create, rename, duplicate, delete, and the rule
//! that decides whether saving would overwrite what another tab saved meanwhile.

use serde::{Deserialize, Serialize};

use super::intake::Intake;

/// One named draft. `revision` grows by one with every save, in whichever tab it happens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub id: String,
    pub name: String,
    pub revision: u64,
    /// When it was last saved (ISO 8601 from the browser's clock), for the list of drafts.
    pub saved_at: String,
    pub intake: Intake,
}

/// Every draft on this device, and the one open when the user left.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftStore {
    pub drafts: Vec<Draft>,
    #[serde(default)]
    pub last_open: Option<String>,
}

/// What happened when a draft was to be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved at this revision.
    Saved(u64),
    /// Another tab saved a newer revision since this tab read the draft; nothing was written.
    Conflict { theirs: Box<Draft> },
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

    /// Adds an empty draft (or one holding `intake`, for an imported packet) and opens it.
    pub fn create(&mut self, id: String, name: String, intake: Intake, now: &str) -> &Draft {
        self.drafts.push(Draft {
            id: id.clone(),
            name,
            revision: 1,
            saved_at: now.to_owned(),
            intake,
        });
        self.last_open = Some(id);
        self.drafts.last().expect("just pushed")
    }

    /// A copy of draft `source` under a new id and name; `None` if the source is gone.
    pub fn duplicate(
        &mut self,
        source: &str,
        id: String,
        name: String,
        now: &str,
    ) -> Option<&Draft> {
        let intake = self.get(source)?.intake.clone();
        Some(self.create(id, name, intake, now))
    }

    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        match self.drafts.iter_mut().find(|draft| draft.id == id) {
            Some(draft) => {
                draft.name = name.to_owned();
                draft.revision += 1;
                true
            }
            None => false,
        }
    }

    pub fn delete(&mut self, id: &str) {
        self.drafts.retain(|draft| draft.id != id);
        if self.last_open.as_deref() == Some(id) {
            self.last_open = None;
        }
    }

    /// Writes `intake` into draft `id` if this tab's copy (read at `base_revision`) is still
    /// the newest; otherwise reports what the other tab left.
    pub fn save(
        &mut self,
        id: &str,
        base_revision: u64,
        intake: &Intake,
        now: &str,
    ) -> SaveOutcome {
        let Some(draft) = self.drafts.iter_mut().find(|draft| draft.id == id) else {
            return SaveOutcome::Deleted;
        };
        if draft.revision != base_revision {
            return SaveOutcome::Conflict {
                theirs: Box::new(draft.clone()),
            };
        }
        draft.revision += 1;
        draft.intake = intake.clone();
        draft.saved_at = now.to_owned();
        SaveOutcome::Saved(draft.revision)
    }

    /// "Draft 3": the first unused number, so names stay unique as drafts come and go.
    pub fn next_number(&self) -> usize {
        (1..)
            .find(|n| {
                let suffix = format!(" {n}");
                !self
                    .drafts
                    .iter()
                    .any(|draft| draft.name.ends_with(&suffix))
            })
            .unwrap_or(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: &str = "2026-11-21T08:00:00.000Z";

    fn intake(name: &str) -> Intake {
        let mut intake = Intake::default();
        intake.patient.name = name.into();
        intake
    }

    #[test]
    fn drafts_are_created_duplicated_renamed_and_deleted() {
        let mut store = DraftStore::default();
        store.create("a".into(), "Draft 1".into(), intake("Anna"), NOW);
        assert_eq!(store.next_number(), 2);
        store
            .duplicate("a", "b".into(), "Draft 2".into(), NOW)
            .unwrap();
        assert_eq!(store.get("b").unwrap().intake.patient.name, "Anna");
        assert_eq!(store.to_open().unwrap().id, "b");
        assert!(store.rename("a", "Mother"));
        assert!(!store.rename("zzz", "x"));
        store.delete("b");
        assert_eq!(store.last_open, None);
        assert_eq!(store.to_open().unwrap().name, "Mother");
        assert!(store.duplicate("b", "c".into(), "x".into(), NOW).is_none());
    }

    #[test]
    fn saving_over_another_tabs_newer_save_is_refused() {
        let mut store = DraftStore::default();
        store.create("a".into(), "Draft 1".into(), Intake::default(), NOW);
        // Two tabs read revision 1. The first saves and reaches revision 2.
        assert_eq!(
            store.save("a", 1, &intake("first tab"), NOW),
            SaveOutcome::Saved(2)
        );
        // The second still thinks it has revision 1: it must not overwrite.
        match store.save("a", 1, &intake("second tab"), NOW) {
            SaveOutcome::Conflict { theirs } => assert_eq!(theirs.intake.patient.name, "first tab"),
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(store.get("a").unwrap().intake.patient.name, "first tab");
        store.delete("a");
        assert_eq!(store.save("a", 2, &intake("x"), NOW), SaveOutcome::Deleted);
    }

    #[test]
    fn numbering_skips_names_in_use() {
        let mut store = DraftStore::default();
        store.create("a".into(), "Draft 1".into(), Intake::default(), NOW);
        store.create("b".into(), "Draft 3".into(), Intake::default(), NOW);
        assert_eq!(store.next_number(), 2);
    }
}
