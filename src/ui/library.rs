//! Records opened together (several files dropped or picked at once): a list to switch between.

use super::Store;
use crate::viewer::Action;
use yew::prelude::*;

#[component]
pub fn Library() -> Html {
    let store = use_context::<Store>().expect("store");
    if store.library.len() < 2 {
        return html! {};
    }
    let current = store.shown.as_ref().map(|s| s.name.clone());
    html! {
        <nav class="rl-library" aria-labelledby="rl-library-h">
            <h2 id="rl-library-h">{ store.lang.table().records_opened(store.library.len()) }</h2>
            <ul>{ for store.library.iter().map(|(name, text)| {
                let is_current = current.as_deref() == Some(name.as_str());
                let open = {
                    let store = store.clone();
                    let (name, text) = (name.clone(), text.clone());
                    Callback::from(move |_| store.dispatch(Action::Load { text: text.to_string(), name: name.clone(), sample: false }))
                };
                html! { <li><button type="button" class="rl-library-item" aria-current={is_current.then_some("true")}
                    data-library-item={name.clone()} onclick={open}>{ crate::viewer::display_name(store.lang, name) }</button></li> }
            }) }</ul>
        </nav>
    }
}
