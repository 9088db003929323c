//! Where stored text lives: the browser's `localStorage`, or a map in memory.
//!
//! The memory twin exists for native tests: installed on a test's thread, it makes every
//! storage path (saves, conflicts, quarantine, a full or refused storage) testable without a
//! browser. Outside a browser and without it (the build step that prerenders pages), storage
//! is empty and keeps nothing, like a first visit.

#[cfg(not(target_arch = "wasm32"))]
use std::cell::RefCell;
#[cfg(not(target_arch = "wasm32"))]
use std::collections::BTreeMap;
#[cfg(not(target_arch = "wasm32"))]
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};

use super::{classify_dom_exception, StorageError};

/// The store the storage functions read and write. The memory twin and the empty store
/// exist only natively: in the browser's build only `localStorage` is compiled in.
pub(super) enum Backend {
    Browser(web_sys::Storage),
    #[cfg(not(target_arch = "wasm32"))]
    Memory(MemoryStorage),
    /// No browser and no memory twin: nothing is stored and writes are dropped.
    #[cfg(not(target_arch = "wasm32"))]
    Nothing,
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static MEMORY: RefCell<Option<MemoryStorage>> = const { RefCell::new(None) };
}

/// Storage in memory, shared by every clone (two "tabs" of a test share one).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Default)]
pub struct MemoryStorage(Rc<RefCell<MemoryState>>);

#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
struct MemoryState {
    items: BTreeMap<String, String>,
    /// When set, every write fails with this error (a full or disabled storage).
    refuse_writes: Option<StorageError>,
}

#[cfg(not(target_arch = "wasm32"))]
impl MemoryStorage {
    /// Makes this store the one the storage functions use on the current thread, natively.
    pub fn install(&self) {
        MEMORY.with(|memory| *memory.borrow_mut() = Some(self.clone()));
    }

    /// The raw text under `name`, as a browser's devtools would show it.
    pub fn raw(&self, name: &str) -> Option<String> {
        self.0.borrow().items.get(name).cloned()
    }

    /// Puts `text` under `name` directly, as another tab or an older version would.
    pub fn set_raw(&self, name: &str, text: &str) {
        self.0
            .borrow_mut()
            .items
            .insert(name.to_owned(), text.to_owned());
    }

    /// Every key stored.
    pub fn names(&self) -> Vec<String> {
        self.0.borrow().items.keys().cloned().collect()
    }

    /// From now on every write fails with `error` (`None`: writes work again).
    pub fn refuse_writes(&self, error: Option<StorageError>) {
        self.0.borrow_mut().refuse_writes = error;
    }
}

impl Backend {
    /// The browser's `localStorage` in a browser, else the memory twin if a test installed
    /// one, else nothing.
    pub(super) fn current() -> Result<Backend, StorageError> {
        #[cfg(not(target_arch = "wasm32"))]
        if !crate::web::in_browser() {
            return Ok(MEMORY
                .with(|memory| memory.borrow().clone())
                .map_or(Backend::Nothing, Backend::Memory));
        }
        local_storage().map(Backend::Browser)
    }

    pub(super) fn get(&self, name: &str) -> Result<Option<String>, StorageError> {
        match self {
            Backend::Browser(storage) => storage.get_item(name).map_err(to_storage_error),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Memory(memory) => Ok(memory.raw(name)),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Nothing => Ok(None),
        }
    }

    pub(super) fn set(&self, name: &str, text: &str) -> Result<(), StorageError> {
        match self {
            Backend::Browser(storage) => storage.set_item(name, text).map_err(to_storage_error),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Memory(memory) => {
                if let Some(error) = memory.0.borrow().refuse_writes.clone() {
                    return Err(error);
                }
                memory.set_raw(name, text);
                Ok(())
            }
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Nothing => Ok(()),
        }
    }

    pub(super) fn remove(&self, name: &str) -> Result<(), StorageError> {
        match self {
            Backend::Browser(storage) => storage.remove_item(name).map_err(to_storage_error),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Memory(memory) => {
                memory.0.borrow_mut().items.remove(name);
                Ok(())
            }
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Nothing => Ok(()),
        }
    }

    pub(super) fn names(&self) -> Result<Vec<String>, StorageError> {
        match self {
            Backend::Browser(storage) => {
                let length = storage.length().map_err(to_storage_error)?;
                Ok((0..length)
                    .filter_map(|index| storage.key(index).ok().flatten())
                    .collect())
            }
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Memory(memory) => Ok(memory.names()),
            #[cfg(not(target_arch = "wasm32"))]
            Backend::Nothing => Ok(Vec::new()),
        }
    }
}

/// `window.localStorage`, checked rather than assumed: it throws in some private modes and
/// sandboxed iframes, and is null when disabled.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    crate::web::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(to_storage_error)?
        .ok_or(StorageError::Unavailable)
}

fn to_storage_error(error: JsValue) -> StorageError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(exception) => {
            classify_dom_exception(&exception.name(), exception.code(), &exception.message())
        }
        Err(other) => StorageError::Browser(format!("{other:?}")),
    }
}
