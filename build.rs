//! Rebuilds when the translations change; on Windows, also gives the .exe the app's icon and
//! version information, which Explorer, the taskbar, the installer's shortcuts and "Apps &
//! features" show.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/icons/icon.ico");
    // `fl!` reads the English messages while compiling, and the binary embeds every language:
    // a changed or added translation must rebuild the crate.
    println!("cargo:rerun-if-changed=i18n");
    println!("cargo:rerun-if-changed=i18n.toml");
    // A build script runs on the build machine; CARGO_CFG_TARGET_OS says the program is for
    // Windows. The resource compiler is Windows' own there, MinGW's windres on Linux (the
    // tray icon is this icon too: resource 1).
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        let mut resource = winresource::WindowsResource::new();
        resource
            .set_icon("assets/icons/icon.ico")
            .set("ProductName", "P2P Cancel Review")
            .set("FileDescription", "P2P Cancel Review")
            .set("CompanyName", "P2P Cancel Review")
            .set(
                "LegalCopyright",
                "Copyright (c) 2026 The P2P Cancel Review authors",
            )
            .set("OriginalFilename", "p2p-cancel-review.exe");
        if let Err(e) = resource.compile() {
            panic!("the Windows icon and version information could not be embedded: {e}");
        }
    }
}
