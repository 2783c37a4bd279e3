//! The QR code that opens the aid again on her own phone, with the address in words beside it.
//! It carries the aid's public address and nothing else: [`QrSymbol`] is made from a
//! [`PublicAddress`] only, so no answer, note or setting can reach it.

use yew::prelude::*;

use crate::content::words;
use crate::domain::qr::QrSymbol;
use crate::domain::settings::{PublicAddress, Settings};
use crate::platform::address;
use crate::state::{use_settings, use_texts};

/// The address the QR code carries: the clinic's setting, or else the address this copy is
/// served from, when that is a web address (a file opened from disk has none).
pub fn public_address(settings: &Settings) -> Option<PublicAddress> {
    settings
        .public_address
        .clone()
        .or_else(|| address::served().and_then(|served| PublicAddress::parse(&served).ok()))
}

/// The code and its address in words; or, with no address, where to get one.
pub fn qr_code(address: Option<&PublicAddress>) -> Html {
    let Some((address, symbol)) =
        address.and_then(|a| QrSymbol::for_address(a).map(|symbol| (a, symbol)))
    else {
        return html! {
            <p class="qr qr--none">{ words().qr_code.no_address.as_str() }</p>
        };
    };
    html! {
        <figure class="qr">
            <svg class="qr__code" viewBox={symbol.view_box()} role="img" aria-label={ words().qr_code.code_label.as_str() }
                shape-rendering="crispEdges" focusable="false">
                <rect width="100%" height="100%" fill="#fff" />
                <path d={symbol.svg_path()} fill="#000" />
            </svg>
            <figcaption class="qr__caption">
                { words().qr_code.point_camera.as_str() }
                <span class="qr__address">{ address.as_str().to_owned() }</span>
                { words().qr_code.holds_only_address.as_str() }
            </figcaption>
        </figure>
    }
}

/// The QR code for the address the clinic settings give (or the served address).
#[component]
pub fn AidQrCode() -> Html {
    // Drawn again when the texts file arrives, like every component below its provider.
    use_texts();
    let settings = use_settings();
    qr_code(public_address(&settings).as_ref())
}
