//! Entry point of the browser app: loads the embedded data set and mounts the app on the page.

mod download;
mod embed;
mod focus;
mod i18n;
mod navigation;
mod published;
mod state;
mod storage;
mod views;

fn main() {
    embed::start(
        navigation::lang(),
        navigation::embedded().then(navigation::instance),
    );
    leptos::mount::mount_to_body(views::App);
}
