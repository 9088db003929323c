//! Every route the app serves, in one list used by the router's navigation, the home page's
//! tool list and the build step that writes one HTML entry per route.

/// A page of the app that has its own URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AppRoute {
    Home,
    Estimate,
    Stay,
    Documents,
    Guide,
    Intake,
    Packet,
    EmbedEstimate,
}

impl AppRoute {
    pub const ALL: [AppRoute; 8] = [
        AppRoute::Home,
        AppRoute::Estimate,
        AppRoute::Stay,
        AppRoute::Documents,
        AppRoute::Guide,
        AppRoute::Intake,
        AppRoute::Packet,
        AppRoute::EmbedEstimate,
    ];

    /// The tools listed in the site navigation, in the order of the journey.
    pub const NAVIGATION: [AppRoute; 6] = [
        AppRoute::Guide,
        AppRoute::Estimate,
        AppRoute::Stay,
        AppRoute::Documents,
        AppRoute::Intake,
        AppRoute::Packet,
    ];

    /// The URL path, without a trailing slash.
    pub fn path(self) -> &'static str {
        match self {
            AppRoute::Home => "/",
            AppRoute::Estimate => "/estimate",
            AppRoute::Stay => "/stay",
            AppRoute::Documents => "/documents",
            AppRoute::Guide => "/guide",
            AppRoute::Intake => "/intake",
            AppRoute::Packet => "/packet",
            AppRoute::EmbedEstimate => "/embed/estimate",
        }
    }

    /// Message id of the page's short name (navigation, page title).
    pub fn title_key(self) -> &'static str {
        match self {
            AppRoute::Home => "route-home",
            AppRoute::Estimate => "route-estimate",
            AppRoute::Stay => "route-stay",
            AppRoute::Documents => "route-documents",
            AppRoute::Guide => "route-guide",
            AppRoute::Intake => "route-intake",
            AppRoute::Packet => "route-packet",
            AppRoute::EmbedEstimate => "route-embed-estimate",
        }
    }

    /// Message id of the one-sentence description shown on the home page's tool cards.
    pub fn summary_key(self) -> &'static str {
        match self {
            AppRoute::Home => "route-home-summary",
            AppRoute::Estimate => "route-estimate-summary",
            AppRoute::Stay => "route-stay-summary",
            AppRoute::Documents => "route-documents-summary",
            AppRoute::Guide => "route-guide-summary",
            AppRoute::Intake => "route-intake-summary",
            AppRoute::Packet => "route-packet-summary",
            AppRoute::EmbedEstimate => "route-embed-estimate-summary",
        }
    }

    /// The route whose path is `path`; a trailing slash is accepted because static hosts
    /// redirect `/stay` to `/stay/` when they serve `stay/index.html`.
    pub fn from_path(path: &str) -> Option<AppRoute> {
        let trimmed = path.trim_end_matches('/');
        let wanted = if trimmed.is_empty() { "/" } else { trimmed };
        AppRoute::ALL
            .into_iter()
            .find(|route| route.path() == wanted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_with_and_without_trailing_slash() {
        for route in AppRoute::ALL {
            assert_eq!(AppRoute::from_path(route.path()), Some(route));
            assert_eq!(
                AppRoute::from_path(&format!("{}/", route.path())),
                Some(route)
            );
        }
        assert_eq!(AppRoute::from_path("/nowhere"), None);
    }
}
