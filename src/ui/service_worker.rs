//! The page's side of the service worker (`service-worker/sw.js`, written into the release
//! build by `make dist`): it registers the worker, says when a new version is ready, and
//! tracks whether the device is online. `AppNotices` shows both to the reader.
//!
//! A new version waits until the reader presses "Reload": the page then asks the waiting
//! worker to take over and reloads once it has, so the reload runs the page's own
//! save-on-leave (`pagehide`) and no draft is lost.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

const SCRIPT_URL: &str = "/sw.js";

/// What the reader should know about the app itself, as opposed to their data.
#[derive(Clone, Copy)]
pub struct AppStatus {
    pub online: RwSignal<bool>,
    /// A newer version is installed and waiting, or another tab already switched to it.
    pub update_ready: RwSignal<bool>,
    /// Set when this page asked for the update; the switch to it then reloads the page.
    reload_on_switch: StoredValue<bool>,
}

/// Registers the service worker (release builds only: `make serve` has none, so every edit
/// shows at once) and starts watching the connection. The embed does not call this: a
/// hospital's visitors should not download the whole app in the background.
pub fn provide_app_status() -> AppStatus {
    let status = AppStatus {
        online: RwSignal::new(navigator_online()),
        update_ready: RwSignal::new(false),
        reload_on_switch: StoredValue::new(false),
    };
    let online = window_event_listener(leptos::ev::online, move |_| status.online.set(true));
    let offline = window_event_listener(leptos::ev::offline, move |_| status.online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
    if cfg!(not(debug_assertions)) {
        if let Some(container) = container() {
            register(container, status);
        }
    }
    provide_context(status);
    status
}

pub fn use_app_status() -> Option<AppStatus> {
    use_context::<AppStatus>()
}

impl AppStatus {
    /// Lets the waiting version take over, then reloads; reloads at once when there is no
    /// waiting worker (another tab already switched).
    pub fn apply_update(self) {
        let Some(container) = container() else {
            reload();
            return;
        };
        self.reload_on_switch.set_value(true);
        leptos::task::spawn_local(async move {
            let waiting = JsFuture::from(container.get_registration())
                .await
                .ok()
                .and_then(|found| found.dyn_into::<ServiceWorkerRegistration>().ok())
                .and_then(|registration| registration.waiting());
            match waiting {
                Some(worker) => {
                    let message = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
                    if worker.post_message(&message).is_err() {
                        reload();
                    }
                }
                None => reload(),
            }
        });
    }
}

/// `None` where the browser has no service workers (an insecure origin, an old browser,
/// some private modes): the app then simply works online only.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = crate::web::window()?.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

fn register(container: ServiceWorkerContainer, status: AppStatus) {
    // Whether a worker controlled the page before the switch: the first install taking over
    // the page that installed it is no update.
    let was_controlled = StoredValue::new(container.controller().is_some());
    let on_switch = Closure::<dyn FnMut()>::new(move || {
        if status.reload_on_switch.get_value() {
            reload();
        } else if was_controlled.get_value() {
            status.update_ready.set(true);
        }
        was_controlled.set_value(true);
    });
    container.set_oncontrollerchange(Some(on_switch.as_ref().unchecked_ref()));
    // The listeners live as long as the page.
    on_switch.forget();

    let registering = container.register(SCRIPT_URL);
    leptos::task::spawn_local(async move {
        // A host without sw.js, or a browser that refuses: the app works online as before.
        let Ok(registration) = JsFuture::from(registering).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A version installed on an earlier visit may already be waiting.
        let is_update = move || container.controller().is_some();
        if registration.waiting().is_some() && is_update() {
            status.update_ready.set(true);
        }
        let watched = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let is_update = is_update.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && is_update() {
                    status.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

fn navigator_online() -> bool {
    crate::web::window().is_none_or(|window| window.navigator().on_line())
}

fn reload() {
    if let Some(window) = crate::web::window() {
        let _ = window.location().reload();
    }
}
