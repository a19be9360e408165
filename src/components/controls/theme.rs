//! Light and dark: follows the system (`prefers-color-scheme`) unless the selection forces one
//! (`theme=light|dark`). Sets the page's class and `color-scheme` and provides
//! [`DarkMode`] so every chart redraws in the theme's palette.

use leptos::prelude::*;

use crate::charts::canvas::DarkMode;
use crate::i18n::{t, Key};
use crate::state::Theme;

use crate::components::app::use_ctx;

/// Applies the theme to the page and provides [`DarkMode`] to the charts.
pub fn provide_theme(theme: Signal<Theme>) {
    let system: Signal<bool> = crate::components::media_signal(crate::SYSTEM_DARK).into();
    let dark = Signal::derive(move || theme.get().is_dark(system.get()));
    Effect::new(move |_| {
        let dark = dark.get();
        if let Some(body) = document().body() {
            let _ = body
                .class_list()
                .toggle_with_force("kz-iip-theme-dark", dark);
        }
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(
                "style",
                if dark {
                    "color-scheme: dark"
                } else {
                    "color-scheme: light"
                },
            );
        }
    });
    provide_context(DarkMode(dark));
}

/// The theme switch of the explorer (kept in the URL as `theme=`). Its options are markup
/// ([`crate::markup::theme_options`]) with the page's theme selected; only this menu changes
/// the theme afterwards, so the menu itself holds the state it shows.
#[component]
pub fn ThemeToggle() -> impl IntoView {
    let ctx = use_ctx();
    let (lang, filters) = (ctx.lang, ctx.filters);
    let options = crate::markup::theme_options(lang, filters.with_untracked(|f| f.theme));
    view! {
        <label class="kz-iip-theme">
            {t(lang, Key::Theme)} " "
            <select
                name="theme"
                inner_html=options
                on:change=move |ev| {
                    if let Some(th) = Theme::parse(&event_target_value(&ev)) {
                        filters.update(|f| f.theme = th);
                    }
                }
            ></select>
        </label>
    }
}
