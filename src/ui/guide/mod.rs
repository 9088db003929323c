//! The step-by-step guide on `/guide`: its page and components.

mod guide_question;
mod guide_stage;
mod page;
mod tool_links;

pub use guide_question::GuideQuestion;
pub use guide_stage::GuideStage;
pub use page::GuidePage;
pub use tool_links::ToolLinks;
