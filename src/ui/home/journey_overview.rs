use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::router::AppLink;

/// A stage of the journey and the tool that helps with it.
struct Stage {
    /// The stage's element id on `/guide`, where it is told in full.
    guide_id: &'static str,
    title_key: &'static str,
    text_key: &'static str,
    tool: AppRoute,
}

/// The seven stages from preparation to follow-up at home, as the METI/JIMCA patient guide
/// describes them, each linked to the tool that helps.
const STAGES: [Stage; 7] = [
    Stage {
        guide_id: "stage-prepare",
        title_key: "journey-prepare-title",
        text_key: "journey-prepare-text",
        tool: AppRoute::Documents,
    },
    Stage {
        guide_id: "stage-liaison",
        title_key: "journey-liaison-title",
        text_key: "journey-liaison-text",
        tool: AppRoute::Intake,
    },
    Stage {
        guide_id: "stage-prepayment",
        title_key: "journey-prepay-title",
        text_key: "journey-prepay-text",
        tool: AppRoute::Estimate,
    },
    Stage {
        guide_id: "stage-visa",
        title_key: "journey-visa-title",
        text_key: "journey-visa-text",
        tool: AppRoute::Stay,
    },
    Stage {
        guide_id: "stage-travel-treatment",
        title_key: "journey-treatment-title",
        text_key: "journey-treatment-text",
        tool: AppRoute::Guide,
    },
    Stage {
        guide_id: "stage-settlement",
        title_key: "journey-settlement-title",
        text_key: "journey-settlement-text",
        tool: AppRoute::Estimate,
    },
    Stage {
        guide_id: "stage-follow-up",
        title_key: "journey-follow-up-title",
        text_key: "journey-follow-up-text",
        tool: AppRoute::Guide,
    },
];

/// The journey at a glance: numbered stages, each title linking to the stage in the guide,
/// with a link to the tool for each.
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
                            <h3>
                                <AppLink route=AppRoute::Guide fragment=stage.guide_id>
                                    {i18n.text(stage.title_key)}
                                </AppLink>
                            </h3>
                            <p>{i18n.text(stage.text_key)}</p>
                            <AppLink route=stage.tool>{i18n.text(stage.tool.title_key())}</AppLink>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
