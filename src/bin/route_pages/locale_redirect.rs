//! The script at the top of every unprefixed page (`/stay`, `/`): links made before pages
//! had locale prefixes, hospital sites and the embed (`?lang=`) arrive there. It chooses the
//! locale as the app does (`Locale::negotiate`: `?lang=`, then the remembered choice, then
//! the browser's languages; `Locale::from_tag` maps tags) and, for any but English, replaces
//! the address with that locale's page before anything is drawn, so no reader sees English
//! first. English readers stay: the unprefixed pages are the English ones.
//!
//! It is inline, allowed by its hash in the page's Content-Security-Policy, so it costs no
//! request. `e2e/language.test.mjs` checks it against the app's own choice.

use japan_care_planner::storage::StorageKey;

/// The script's source, without the `<script>` tags.
pub fn script() -> String {
    let key = StorageKey::LocalePreference.name();
    // Kept small and old-browser safe (no arrow functions): it runs before anything else.
    format!(
        r#"(function(){{function f(t){{if(typeof t!="string")return null;var s=t.trim().replace(/_/g,"-").toLowerCase().split("-"),r=s.slice(1);switch(s[0]){{case"en":return"en";case"ja":return"ja";case"zh":return r.indexOf("hans")>=0?"zh-Hans":r.some(function(x){{return x=="hant"||x=="tw"||x=="hk"||x=="mo"}})?"zh-Hant":"zh-Hans";case"ko":return"ko";case"vi":return"vi";case"ru":return"ru";case"id":case"in":return"id";case"ar":return"ar"}}return null}}var q=new URLSearchParams(location.search),l=f(q.get("lang"));if(!l)try{{var p=JSON.parse(localStorage.getItem("{key}"));l=f(p&&p.data)}}catch(e){{}}if(!l){{var n=navigator.languages||[navigator.language];for(var i=0;i<n.length&&!l;i++)l=f(n[i])}}if(l&&l!="en"){{q.delete("lang");var s=q.toString();location.replace("/"+l+location.pathname+(s?"?"+s:"")+location.hash)}}}})();"#
    )
}
