fn main() {
    console_error_panic_hook::set_once();
    japan_care_planner::ui::takeover::start();
}
