//! Entry point of the browser app: loads the embedded data set and mounts the app on the page.

mod download;
mod navigation;
mod state;
mod storage;
mod views;

fn main() {
    leptos::mount::mount_to_body(views::App);
}
