//! Labels in the reader's language and, where a printout is read by someone else (a packet
//! printed for the hospital), the same label in a second language beneath it. Only labels are
//! doubled: the values people typed print as they were written.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::localized::Localized;
use crate::i18n::{Args, I18n, Locale, Messages};

/// The reader's messages and, when chosen, a second language's.
#[derive(Clone)]
pub struct Labels {
    i18n: I18n,
    second: Option<Arc<Messages>>,
}

impl Labels {
    /// Labels in the reader's language only.
    pub fn single(i18n: I18n) -> Labels {
        Labels { i18n, second: None }
    }

    /// Labels in the reader's language, and in `second`'s where it has the message.
    pub fn with_second(i18n: I18n, second: Option<Arc<Messages>>) -> Labels {
        Labels { i18n, second }
    }

    pub fn i18n(&self) -> I18n {
        self.i18n
    }

    /// The second language, when one is shown.
    pub fn second_locale(&self) -> Option<Locale> {
        self.second.as_ref().map(|messages| messages.locale())
    }

    /// Message `id` in the reader's language, with the second language beneath it.
    pub fn label(&self, id: &str) -> AnyView {
        self.label_args(id, &Args::new())
    }

    /// Message `id` formatted with `args`, with the second language beneath it.
    pub fn label_args(&self, id: &str, args: &Args) -> AnyView {
        let primary = self.i18n.t_args(id, args);
        let second = self
            .second
            .as_ref()
            .and_then(|messages| messages.format(id, Some(args)));
        self.both(primary, second)
    }

    /// A data file's text (an item's name) in both languages.
    pub fn localized(&self, text: &Localized) -> AnyView {
        let primary = text.get(self.i18n.locale().code()).to_owned();
        let second = self
            .second_locale()
            .map(|locale| text.get(locale.code()).to_owned());
        self.both(primary, second)
    }

    fn both(&self, primary: String, second: Option<String>) -> AnyView {
        let second = second.filter(|text| !text.is_empty() && *text != primary);
        let locale = self.second_locale();
        view! {
            {primary}
            {second.zip(locale).map(|(text, locale)| view! {
                <span class="second-label" lang=locale.code() dir=locale.direction().as_str()>{text}</span>
            })}
        }
        .into_any()
    }
}
