//! The web app's entry point (built by Trunk with `--features web`): the full page, the
//! viewers embedded by script, or the iframe viewer, as the page asks.

fn main() {
    recordline::ui::start();
}
