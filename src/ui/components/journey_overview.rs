use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::router::AppLink;
use crate::ui::routes::AppRoute;

/// A stage of the journey and the tool that helps with it.
struct Stage {
    title_key: &'static str,
    text_key: &'static str,
    tool: AppRoute,
}

/// The seven stages from preparation to follow-up at home, as the METI/JIMCA patient guide
/// describes them, each linked to the tool that helps.
const STAGES: [Stage; 7] = [
    Stage {
        title_key: "journey-prepare-title",
        text_key: "journey-prepare-text",
        tool: AppRoute::Documents,
    },
    Stage {
        title_key: "journey-liaison-title",
        text_key: "journey-liaison-text",
        tool: AppRoute::Intake,
    },
    Stage {
        title_key: "journey-prepay-title",
        text_key: "journey-prepay-text",
        tool: AppRoute::Estimate,
    },
    Stage {
        title_key: "journey-visa-title",
        text_key: "journey-visa-text",
        tool: AppRoute::Stay,
    },
    Stage {
        title_key: "journey-treatment-title",
        text_key: "journey-treatment-text",
        tool: AppRoute::Guide,
    },
    Stage {
        title_key: "journey-settlement-title",
        text_key: "journey-settlement-text",
        tool: AppRoute::Estimate,
    },
    Stage {
        title_key: "journey-follow-up-title",
        text_key: "journey-follow-up-text",
        tool: AppRoute::Guide,
    },
];

/// The journey at a glance: numbered stages with a link to the tool for each.
#[component]
pub fn JourneyOverview() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ol class="journey">
            {STAGES
                .iter()
                .map(|stage| {
                    view! {
                        <li class="journey__stage">
                            <h3>{i18n.text(stage.title_key)}</h3>
                            <p>{i18n.text(stage.text_key)}</p>
                            <AppLink route=stage.tool>{i18n.text(stage.tool.title_key())}</AppLink>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
