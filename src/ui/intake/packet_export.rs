//! Making the packet file from the open draft and what the other tools stored on this device,
//! and handing it to the user: download, clipboard, share sheet, email.

use wasm_bindgen::JsCast;

use crate::domain::business_days::HolidayData;
use crate::domain::checklist::ChecklistProgress;
use crate::domain::estimate::SavedEstimate;
use crate::domain::estimate_file::EstimateRecord;
use crate::domain::intake::Intake;
use crate::domain::mission_calendar::MissionData;
use crate::domain::packet::{Packet, ToolData};
use crate::domain::stay_plan::StayInput;
use crate::domain::stay_record::{Calendars, StayRecord};
use crate::domain::stay_rules::StayRules;
use crate::storage::{self, StorageKey};
use crate::ui::remote::{load_data, load_schedule};
use crate::web::{now_iso, today};

/// The packet for `intake`, with the estimate, stay plan and checklist stored on this device,
/// and the estimate and stay check as those pages show them. A tool whose stored value
/// cannot be read, or whose data files cannot be loaded, is left out rather than failing the
/// export: the packet then says it was not included.
pub async fn build_packet(locale: &str, draft_name: &str, intake: Intake) -> Packet {
    let mut packet = Packet::new(now_iso(), locale.to_owned(), draft_name.to_owned(), intake);
    packet.estimate = tool_data(StorageKey::Estimate);
    packet.stay = tool_data(StorageKey::Stay);
    packet.checklist = storage::load::<ChecklistProgress>(StorageKey::Checklist)
        .ok()
        .flatten();
    packet.estimate_result = estimate_result().await;
    packet.stay_result = stay_result().await;
    packet
}

fn tool_data(key: StorageKey) -> Option<ToolData> {
    let data = storage::load::<serde_json::Value>(key).ok().flatten()?;
    Some(ToolData {
        schema_version: key.schema_version(),
        data,
    })
}

/// The stored estimate computed against its schedule (fetched, or from the offline cache).
async fn estimate_result() -> Option<EstimateRecord> {
    let saved = storage::load::<SavedEstimate>(StorageKey::Estimate)
        .ok()
        .flatten()?;
    // An estimate taken from an estimate file keeps its schedule (perhaps a hospital's own,
    // listed nowhere here): that one, not a listed schedule of the same id.
    let schedule = match saved.schedule.clone() {
        Some(schedule) => schedule,
        None => (*load_schedule(&saved.draft.schedule_id).await.ok()?).clone(),
    };
    EstimateRecord::new(schedule, saved).ok()
}

/// The stored stay inputs checked today, with the timeline.
async fn stay_result() -> Option<StayRecord> {
    let input = storage::load::<StayInput>(StorageKey::Stay)
        .ok()
        .flatten()?;
    let rules = load_data("stay-rules.json", StayRules::parse).await.ok()?;
    let holidays = load_data("holidays-jp.json", HolidayData::parse)
        .await
        .ok()?;
    let offices = load_data("mission-holidays.json", MissionData::parse)
        .await
        .ok()?;
    let calendars = Calendars {
        japan: &holidays.calendar(),
        offices: &offices,
    };
    Some(StayRecord::new(input, &rules, calendars, today()?))
}

/// Whether the browser has a share sheet (`navigator.share`): phones mostly, where a
/// download can be hard to find.
pub fn can_share() -> bool {
    crate::web::window().is_some_and(|window| {
        js_sys::Reflect::has(&window.navigator(), &"share".into()).unwrap_or(false)
    })
}

/// Opens the share sheet with the packet as a file (or as text where files cannot be shared).
pub async fn share(file_name: &str, text: &str) -> bool {
    let Some(window) = crate::web::window() else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(file_name);
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::FilePropertyBag::new();
    options.set_type("application/json");
    if let Ok(file) = web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options)
    {
        data.set_files(&js_sys::Array::of1(file.unchecked_ref()));
    }
    if !window.navigator().can_share_with_data(&data) {
        data.set_files(&js_sys::Array::new());
        data.set_text(text);
    }
    wasm_bindgen_futures::JsFuture::from(window.navigator().share_with_data(&data))
        .await
        .is_ok()
}

/// Mail clients and browsers cut long `mailto:` links (about 2,000 characters in some):
/// the body stays a short summary and the user attaches the file.
const MAILTO_BODY_LIMIT: usize = 1_200;

/// A `mailto:` link with `subject` and `body`, the body shortened to fit.
pub fn mailto(subject: &str, body: &str) -> String {
    let body: String = body.chars().take(MAILTO_BODY_LIMIT).collect();
    format!(
        "mailto:?subject={}&body={}",
        encode_uri_component(subject),
        encode_uri_component(&body)
    )
}

/// JavaScript's `encodeURIComponent`, in Rust so the link also renders at build time
/// (prerendering has no JavaScript).
fn encode_uri_component(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mailto_encodes_as_encode_uri_component_does() {
        assert_eq!(
            mailto("Intake: 王 & Co.", "a=b\nc ~*'()"),
            "mailto:?subject=Intake%3A%20%E7%8E%8B%20%26%20Co.&body=a%3Db%0Ac%20~*'()"
        );
    }
}
