//! One layer for every piece of UI text.
//!
//! Strings live in Fluent files under `public/locales/<code>/`. The active locale's
//! `app.ftl` is fetched at start-up, so adding a locale adds a file to the static build and
//! nothing to the first-load wasm of the others. A few `boot.ftl` messages (shown while
//! `app.ftl` loads or when it cannot be fetched) are compiled in for every locale.

mod context;
mod formats;
mod locale;
mod messages;
mod plural;

pub use context::{fetch_messages, provide_i18n, provide_i18n_with, use_i18n, I18n, LoadState};
pub use formats::{amount_text, date_text, yen_text};
pub use locale::{Direction, Locale};
pub use messages::{message_ids, Arg, Args, I18nError, Messages};
pub use plural::{PluralCategory, PluralRule};
