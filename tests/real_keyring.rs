//! One round trip through this computer's real keyring: the Secret Service on Linux, the
//! Keychain on macOS, Credential Manager on Windows. CI sets `P2P_REQUIRE_REAL_KEYRING=1` on
//! all three (on Linux `.ci/run` starts a GNOME Keyring), so there a missing keyring fails the
//! test; elsewhere the test says plainly that it was skipped and why. On macOS and Windows the
//! system's own tool (`security`, `cmdkey`) confirms the entry is in the system's store.

use std::io::Write;

use p2p_cancel_review::bybit::Credentials;
use p2p_cancel_review::secrets::{SecretError, Vault};
use secrecy::{ExposeSecret, SecretString};

/// Reports a skip where the developer sees it (not swallowed by the test harness's capture),
/// or fails when CI requires the real keyring.
fn skip(why: &str) {
    assert!(
        std::env::var_os("P2P_REQUIRE_REAL_KEYRING").is_none(),
        "a real keyring is required here (P2P_REQUIRE_REAL_KEYRING is set), but: {why}"
    );
    let _ = writeln!(std::io::stderr(), "SKIPPED real keyring round trip: {why}");
}

#[test]
fn a_key_round_trips_through_the_real_keyring() {
    if !real_keyring_available() {
        return;
    }
    let vault = Vault::os();
    let account = format!("test-round-trip-{}", std::process::id());
    let secret = format!("real-keyring-secret-{}", std::process::id());
    let credentials = Credentials::new("REALKEY", SecretString::from(secret.clone()));

    vault
        .save(&account, &credentials)
        .expect("the keyring keeps the key");
    let loaded = Vault::os()
        .load(&account)
        .expect("a new connection reads it back");
    assert_eq!(loaded.api_key, "REALKEY");
    assert_eq!(loaded.api_secret.expose_secret(), secret);
    if let Some(listed) = listed_by_the_system(&account) {
        assert!(listed, "the system's own keyring tool lists the entry");
    }
    vault.delete(&account).expect("the key is removed");
    assert_eq!(
        Vault::os().load(&account).unwrap_err(),
        SecretError::NotFound
    );
    if let Some(listed) = listed_by_the_system(&account) {
        assert!(!listed, "the entry is gone from the system's keyring");
    }
}

/// Whether the system finds this app's entry for `account`, read apart from the keyring crate:
/// `security` on macOS (a generic password, service = the app, account = the account), the
/// Credential Manager's own `CredReadW` on Windows (a generic credential named
/// "ACCOUNT.SERVICE"; Wine has no `cmdkey` to list it). `None` on Linux, where the round trip
/// through a second connection to the Secret Service is the check.
fn listed_by_the_system(account: &str) -> Option<bool> {
    use p2p_cancel_review::secrets::SERVICE;
    #[cfg(windows)]
    return Some(credential_manager_has(&format!("{account}.{SERVICE}")));
    #[cfg(not(windows))]
    if cfg!(target_os = "macos") {
        let status = std::process::Command::new("security")
            .args(["find-generic-password", "-s", SERVICE, "-a", account])
            .output()
            .expect("macOS has the security tool")
            .status;
        Some(status.success())
    } else {
        None
    }
}

#[cfg(windows)]
fn credential_manager_has(target: &str) -> bool {
    use windows_sys::Win32::Security::Credentials::{
        CRED_TYPE_GENERIC, CREDENTIALW, CredFree, CredReadW,
    };
    let name: Vec<u16> = target.encode_utf16().chain(std::iter::once(0)).collect();
    let mut found: *mut CREDENTIALW = std::ptr::null_mut();
    // SAFETY: a NUL-terminated UTF-16 name; on success the system allocates the credential,
    // freed with CredFree.
    unsafe {
        let read = CredReadW(name.as_ptr(), CRED_TYPE_GENERIC, 0, &mut found) != 0;
        if read {
            CredFree(found.cast());
        }
        read
    }
}

/// Precondition shared by the keyring tests: returns false (after saying why) when skipped.
fn real_keyring_available() -> bool {
    if cfg!(all(unix, not(target_os = "macos"))) {
        if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_none() {
            skip(
                "no D-Bus session bus (run the tests under dbus-run-session with gnome-keyring-daemon, as .ci/run does)",
            );
            return false;
        }
        if std::env::var_os("DISPLAY").is_some()
            && std::env::var_os("P2P_KEYRING_UNLOCKED").is_none()
        {
            skip(
                "DISPLAY is set, and a locked keyring would open a password prompt and wait; unlock it, then set P2P_KEYRING_UNLOCKED=1",
            );
            return false;
        }
    }
    if let Err(why) = Vault::os().keyring_status() {
        skip(&why);
        return false;
    }
    true
}

fn cli(
    data_dir: &std::path::Path,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> (i32, String, String) {
    use std::process::{Command, Stdio};
    let mut command = Command::new(env!("CARGO_BIN_EXE_p2p-cancel-review"));
    command
        .args(args)
        .env("P2P_CANCEL_REVIEW_DATA_DIR", data_dir)
        .env_remove("BYBIT_API_KEY")
        .env_remove("BYBIT_API_SECRET")
        .env_remove("LANGUAGE")
        .env_remove("LC_MESSAGES")
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        command.env(k, v);
    }
    let mut child = command.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

#[test]
fn keys_saved_from_the_cli_answer_through_a_profile() {
    if !real_keyring_available() {
        return;
    }
    use p2p_cancel_review::practice::{
        PRACTICE_API_KEY, PRACTICE_API_SECRET, PracticeConfig, PracticeExchange,
    };
    let data = tempfile::tempdir().unwrap();
    let name = format!("CLI shop {}", std::process::id());
    let exchange = PracticeExchange::start(PracticeConfig::default()).unwrap();
    let url = exchange.base_url();

    let (code, out, err) = cli(
        data.path(),
        &["keys", "add", &name, "--env", "testnet"],
        &format!("{PRACTICE_API_KEY}\n{PRACTICE_API_SECRET}\n"),
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains(PRACTICE_API_SECRET) && !err.contains(PRACTICE_API_SECRET));
    let accounts = std::fs::read_to_string(data.path().join("accounts.json")).unwrap();
    assert!(
        accounts.contains(&name)
            && !accounts.contains(PRACTICE_API_SECRET)
            && !accounts.contains(PRACTICE_API_KEY)
    );

    let (code, out, _) = cli(data.path(), &["keys", "list", "--json"], "", &[]);
    assert_eq!(code, 0);
    let listed: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(listed[0]["name"], name.as_str());
    assert_eq!(listed[0]["key"], "key in the keyring");
    assert!(!out.contains(PRACTICE_API_KEY), "keys are never listed");

    let order = exchange.with(|e| e.awaiting_ids())[0].clone();
    let (code, out, err) = cli(
        data.path(),
        &[
            "review",
            "--profile",
            &name,
            "--base-url",
            &url,
            "--order",
            &order,
            "--pass",
            "--refund-received",
        ],
        "",
        &[],
    );
    assert_eq!(code, 0, "{out}{err}");
    let history =
        p2p_cancel_review::history::History::open(&data.path().join("history.sqlite3")).unwrap();
    let entries = history.page(&Default::default(), 0, 1).unwrap();
    assert_eq!(entries[0].account, name, "the history names the profile");

    // The environment variables win over the profile: a wrong secret there is what gets used.
    let (code, out, _) = cli(
        data.path(),
        &["orders", "--profile", &name, "--base-url", &url],
        "",
        &[
            ("BYBIT_API_KEY", PRACTICE_API_KEY),
            ("BYBIT_API_SECRET", "wrong"),
        ],
    );
    assert_eq!(code, 1, "{out}");

    let (code, out, err) = cli(data.path(), &["keys", "delete", &name], "", &[]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) = cli(
        data.path(),
        &["orders", "--profile", &name, "--base-url", &url],
        "",
        &[],
    );
    assert_eq!(code, 2);
    assert!(err.contains("No account is named"), "{err}");
}
