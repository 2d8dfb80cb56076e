//! The real binary, as a script or a merchant runs it, against the practice exchange.

mod common;

use common::*;
use p2p_cancel_review::history::{Filter, Outcome};
use p2p_cancel_review::practice::{Faults, PracticeExchange};
use serde_json::Value;

fn base_url_args(exchange: &PracticeExchange) -> Vec<String> {
    vec!["--base-url".into(), exchange.base_url()]
}

fn review(cli: &Cli, exchange: &PracticeExchange, extra: &[&str]) -> Run {
    let mut args: Vec<String> = vec!["review".into()];
    args.extend(extra.iter().map(|s| s.to_string()));
    args.extend(base_url_args(exchange));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    cli.run(&args)
}

#[test]
fn pass_exits_0_with_one_sentence_and_a_history_entry() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let cli = Cli::new();
    let run = review(
        &cli,
        &exchange,
        &["--order", &order, "--pass", "--refund-received"],
    );

    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.contains("accepted the seller's cancellation") && run.stdout.contains(&order)
    );
    let entries = cli.history().page(&Filter::default(), 0, 10).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        (entries[0].outcome, entries[0].order_id.as_str()),
        (Outcome::Accepted, order.as_str())
    );
}

#[test]
fn reject_with_links_and_json_output() {
    let exchange = practice();
    let order = awaiting(&exchange)[1].clone();
    let cli = Cli::new();
    let run = review(
        &cli,
        &exchange,
        &[
            "--order",
            &order,
            "--reject",
            "--reason",
            "buyerRefuseOrderCancelReason_others",
            "--proof",
            "https://example.com/a.jpg",
            "--proof",
            "https://example.com/b.jpg",
            "--remark",
            "see the chat",
            "--json",
        ],
    );

    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    let out: Value = serde_json::from_str(run.stdout.trim()).expect("one JSON object");
    assert_eq!(out["ok"], true);
    assert_eq!(out["outcome"], "accepted");
    assert_eq!(out["orderId"], order.as_str());
    assert_eq!(out["decision"], "REJECT");
    assert_eq!(
        out["proofs"],
        serde_json::json!(["https://example.com/a.jpg", "https://example.com/b.jpg"])
    );
    let answer = exchange.with(|e| e.answer_of(&order)).unwrap();
    assert_eq!(answer.remark.as_deref(), Some("see the chat"));
}

#[test]
fn reject_with_a_file_uploads_it_then_sends_its_path_before_the_links() {
    let exchange = practice();
    let order = awaiting(&exchange)[2].clone();
    let cli = Cli::new();
    let file = proof_file(cli.data_dir.path(), "bank receipt.jpg", samples::JPEG);
    let run = review(
        &cli,
        &exchange,
        &[
            "--order",
            &order,
            "--reject",
            "--reason",
            "have-made-payment",
            "--proof",
            "https://example.com/chat.png",
            "--proof-file",
            file.to_str().unwrap(),
        ],
    );

    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("Uploading proof 1 of 1 (bank receipt.jpg)"),
        "{}",
        run.stderr
    );
    let answer = exchange.with(|e| e.answer_of(&order)).unwrap();
    assert!(
        answer.proofs[0].starts_with("/fiat/p2p/oss/") && answer.proofs[0].contains(".jpg?"),
        "{:?}",
        answer.proofs
    );
    assert_eq!(answer.proofs[1], "https://example.com/chat.png");
    assert_eq!(exchange.stats().uploads, 1);
}

#[test]
fn an_answer_the_exchange_refuses_exits_1_with_its_message() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let cli = Cli::new();
    assert_eq!(
        review(
            &cli,
            &exchange,
            &["--order", &order, "--pass", "--refund-received"]
        )
        .status,
        0
    );
    let run = review(
        &cli,
        &exchange,
        &["--order", &order, "--pass", "--refund-received"],
    );

    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("was not applied") && run.stdout.contains("already answered"),
        "{}",
        run.stdout
    );
    let refused = Filter {
        outcome: Some(Outcome::Refused),
        ..Default::default()
    };
    assert_eq!(cli.history().count(&refused).unwrap(), 1);
}

#[test]
fn every_local_refusal_exits_2_and_sends_nothing() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let cli = Cli::new();
    let dir = cli.data_dir.path();
    let fake_png = proof_file(dir, "fake.png", b"MZ this is a program");
    let gif = proof_file(dir, "anim.gif", b"GIF89a");
    let folder = dir.join("folder.png");
    std::fs::create_dir(&folder).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["--order", "12ab", "--pass", "--refund-received"],
            "digits only",
        ),
        (vec!["--order", &order], "--pass to accept"),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "ITEM_NOT_RECEIVED",
                "--proof",
                "https://e.com/a.png",
            ],
            "not a reason Bybit accepts",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--proof",
                "https://e.com/a.png",
            ],
            "Choose why",
        ),
        (
            vec!["--order", &order, "--reject", "--reason", "others"],
            "at least one proof",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof",
                "ftp://e.com/a.png",
            ],
            "must start with https://",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof",
                "https://e.com/a.png,https://e.com/b.png",
            ],
            "comma",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof",
                "https://e.com/a b.png",
            ],
            "spaces",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof-file",
                "/no/such/file.png",
            ],
            "no such file",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof-file",
                fake_png.to_str().unwrap(),
            ],
            "its content is something else",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof-file",
                gif.to_str().unwrap(),
            ],
            "only .jpg",
        ),
        (
            vec![
                "--order",
                &order,
                "--reject",
                "--reason",
                "others",
                "--proof-file",
                folder.to_str().unwrap(),
            ],
            "a folder",
        ),
        (
            vec!["--order", &order, "--pass", "--refund-received", "--reject"],
            "cannot be used with",
        ),
        (
            vec![
                "--order",
                &order,
                "--pass",
                "--refund-received",
                "--reason",
                "others",
            ],
            "cannot be used with",
        ),
        (
            vec![
                "--order",
                &order,
                "--pass",
                "--refund-received",
                "--timeout",
                "0",
            ],
            "0 is not in 1..=300",
        ),
    ];
    for (args, expected) in &cases {
        let run = review(&cli, &exchange, args);
        assert_eq!(run.status, 2, "{args:?}: {}{}", run.stdout, run.stderr);
        assert!(
            run.stderr.contains(expected),
            "{args:?} should say {expected:?}: {}",
            run.stderr
        );
    }
    let long_remark = "x".repeat(501);
    let run = review(
        &cli,
        &exchange,
        &[
            "--order",
            &order,
            "--reject",
            "--reason",
            "others",
            "--proof",
            "https://e.com/a.png",
            "--remark",
            &long_remark,
            "--json",
        ],
    );
    assert_eq!(run.status, 2);
    let out: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(out["outcome"], "invalid-input");
    assert!(out["errors"][0].as_str().unwrap().contains("limit is 500"));

    assert_eq!(exchange.stats().requests, 0, "nothing reached the exchange");
    assert_eq!(cli.history().count(&Filter::default()).unwrap(), 0);
}

#[test]
fn a_wrong_secret_exits_1_explained_without_printing_the_secret() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let cli = Cli::new();
    let mut args = vec!["review", "--order", &order, "--pass", "--refund-received"];
    let url = exchange.base_url();
    args.extend(["--base-url", &url]);
    let secret = "wrong-secret-f00d";
    let run = cli.run_with_env(
        &args,
        &[
            (
                "BYBIT_API_KEY",
                p2p_cancel_review::practice::PRACTICE_API_KEY,
            ),
            ("BYBIT_API_SECRET", secret),
        ],
    );

    assert_eq!(run.status, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("API secret is wrong"), "{}", run.stdout);
    assert!(!run.stdout.contains(secret) && !run.stderr.contains(secret));
    assert!(awaiting(&exchange).contains(&order), "nothing applied");
}

#[test]
fn missing_credentials_exit_2_and_say_what_to_set() {
    let cli = Cli::new();
    let run = cli.run_with_env(&["orders", "--env", "testnet"], &[]);
    assert_eq!(run.status, 2);
    assert!(
        run.stderr.contains("BYBIT_API_KEY") && run.stderr.contains("--practice"),
        "{}",
        run.stderr
    );
    let run = cli.run(&["orders", "--base-url", "http://example.com"]);
    assert_eq!(run.status, 2);
    assert!(run.stderr.contains("only https://"), "{}", run.stderr);
}

#[test]
fn a_non_json_answer_exits_with_the_settled_outcome() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    exchange.set_faults(p2p_cancel_review::practice::Faults {
        review_garbage_after_acting: true,
        ..Default::default()
    });
    let cli = Cli::new();
    let run = review(
        &cli,
        &exchange,
        &["--order", &order, "--pass", "--refund-received", "--json"],
    );

    let out: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert!(
        out["message"]
            .as_str()
            .unwrap()
            .contains("could not be understood"),
        "{out}"
    );
    assert!(
        out["message"]
            .as_str()
            .unwrap()
            .contains("confirmed by reading the order"),
        "{out}"
    );
    assert_eq!(run.status, 0, "applied, as the order shows");
    assert_eq!(exchange.stats().review_requests, 1);
}

#[test]
fn orders_lists_what_awaits_my_answer_as_json_and_as_text() {
    let exchange = practice();
    let cli = Cli::new();
    let url = exchange.base_url();
    let run = cli.run(&["orders", "--json", "--base-url", &url]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let orders: Vec<Value> = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(orders.len(), 5);
    for o in &orders {
        for field in [
            "orderId",
            "amount",
            "currency",
            "token",
            "counterparty",
            "timeLeftSeconds",
        ] {
            assert!(!o[field].is_null(), "{field} missing in {o}");
        }
        assert!(o["orderId"].is_string(), "ids stay strings");
    }
    let mut ids: Vec<&str> = orders
        .iter()
        .map(|o| o["orderId"].as_str().unwrap())
        .collect();
    ids.sort();
    let mut expected = awaiting(&exchange);
    expected.sort();
    assert_eq!(ids, expected);

    let text = cli.run(&["orders", "--practice"]);
    assert_eq!(text.status, 0);
    assert!(
        text.stdout
            .starts_with("5 orders await your answer (Practice)"),
        "{}",
        text.stdout
    );
}

#[test]
fn practice_flag_answers_a_practice_order_without_any_key() {
    let cli = Cli::new();
    let listed = cli.run_with_env(&["orders", "--practice", "--json"], &[]);
    let orders: Vec<Value> = serde_json::from_str(listed.stdout.trim()).unwrap();
    let order = orders[0]["orderId"].as_str().unwrap();
    let run = cli.run_with_env(
        &[
            "review",
            "--practice",
            "--order",
            order,
            "--pass",
            "--refund-received",
        ],
        &[],
    );
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("(Practice)"), "{}", run.stdout);
}

#[test]
fn the_secret_is_never_an_argument() {
    let cli = Cli::new();
    for args in [
        &["keys", "add", "Shop", "--env", "testnet", "--secret", "x"][..],
        &["orders", "--secret", "x"][..],
        &[
            "review",
            "--order",
            "1",
            "--pass",
            "--refund-received",
            "--api-secret",
            "x",
        ][..],
    ] {
        let run = cli.run(args);
        assert_eq!(run.status, 2, "{args:?}");
        assert!(run.stderr.contains("unexpected argument"), "{}", run.stderr);
    }
}

#[test]
fn order_shows_one_order_in_words_and_as_json() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let cli = Cli::new();
    let url = exchange.base_url();
    let run = cli.run(&["order", &order, "--base-url", &url]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        // A --base-url is named by its host and port.
        run.stdout.contains(&format!(
            "Order {order} ({})",
            url.trim_start_matches("http://").trim_end_matches('/')
        )),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Status: waiting for the seller to release"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("The seller asks to cancel"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("Payment: "), "{}", run.stdout);

    let json = cli.run(&["order", &order, "--json", "--base-url", &url]);
    let value: Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(value["orderId"], order.as_str());
    assert_eq!(value["awaitsMyAnswer"], true);
    assert_eq!(value["statusText"], "waiting for the seller to release");

    let missing = cli.run(&["order", "1234", "--base-url", &url]);
    assert_eq!(
        missing.status, 1,
        "the exchange refused: {}",
        missing.stderr
    );
    assert!(
        missing.stderr.contains("Order does not exist"),
        "{}",
        missing.stderr
    );
    assert_eq!(cli.run(&["order", "12x", "--base-url", &url]).status, 2);
}

#[test]
fn check_reports_each_step_and_exits_by_the_worst() {
    let exchange = practice();
    let cli = Cli::new();
    let url = exchange.base_url();
    let run = cli.run(&["check", "--base-url", &url]);
    assert_eq!(run.status, 0, "{}{}", run.stdout, run.stderr);
    for step in [
        "OK       Server time",
        "OK       API key",
        "OK       P2P account",
    ] {
        assert!(run.stdout.contains(step), "{step}: {}", run.stdout);
    }
    exchange.set_faults(p2p_cancel_review::practice::Faults {
        not_an_advertiser: true,
        ..Default::default()
    });
    let run = cli.run(&["check", "--json", "--base-url", &url]);
    assert_eq!(run.status, 1);
    let value: Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(value["overall"], "problem");
    assert_eq!(value["steps"][2]["verdict"], "problem");
}

#[test]
fn version_prints_the_version_and_exits_0() {
    let run = Cli::new().run(&["--version"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        format!("p2p-cancel-review {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_answer_after_the_first_costs_one_request_the_clock_is_remembered() {
    let exchange = practice();
    let orders = awaiting(&exchange);
    let cli = Cli::new();
    let run = review(
        &cli,
        &exchange,
        &["--order", &orders[0], "--pass", "--refund-received"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let first = exchange.stats().requests;
    assert_eq!(
        first, 2,
        "the first run asks the server's time, then answers"
    );
    let run = review(
        &cli,
        &exchange,
        &["--order", &orders[1], "--pass", "--refund-received"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        exchange.stats().requests - first,
        1,
        "the next one signs with the remembered clock: one round trip"
    );
}

#[test]
fn watch_prints_each_request_once_as_json_lines_as_they_come() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let exchange = practice();
    let waiting = awaiting(&exchange);
    let cli = Cli::new();
    let mut command = Command::new(env!("CARGO_BIN_EXE_p2p-cancel-review"));
    english(&mut command);
    let mut child = command
        .args(["watch", "--json", "--interval", "1", "--base-url"])
        .arg(exchange.base_url())
        .env("P2P_CANCEL_REVIEW_DATA_DIR", cli.data_dir.path())
        .env(
            "BYBIT_API_KEY",
            p2p_cancel_review::practice::PRACTICE_API_KEY,
        )
        .env(
            "BYBIT_API_SECRET",
            p2p_cancel_review::practice::PRACTICE_API_SECRET,
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (lines, received) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = lines.send(line);
        }
    });
    let next = || {
        let line = received
            .recv_timeout(std::time::Duration::from_secs(15))
            .expect("a line in time");
        serde_json::from_str::<Value>(&line).unwrap()
    };
    let mut first: Vec<String> = (0..waiting.len())
        .map(|_| {
            let line = next();
            assert_eq!(line["event"], "newRequest", "{line}");
            line["orderId"].as_str().unwrap().to_owned()
        })
        .collect();
    first.sort();
    let mut expected = waiting.clone();
    expected.sort();
    assert_eq!(first, expected, "first, the requests already waiting");

    let new_order = exchange.with(|e| e.add_cancel_request());
    let line = next();
    assert_eq!(line["orderId"], new_order.as_str(), "then the new one");
    assert_eq!(line["account"], "key from BYBIT_API_KEY");
    assert!(line["timeLeftSeconds"].as_u64().is_some());
    // Seen again at every reading, never printed again.
    assert!(
        received
            .recv_timeout(std::time::Duration::from_millis(2500))
            .is_err(),
        "no line for a request already announced"
    );
    child.kill().unwrap();
    child.wait().unwrap();
}

/// `orders --practice` in another language, as a merchant's terminal has it set.
fn orders_in(language_env: &[(&str, &str)], args: &[&str]) -> String {
    let cli = Cli::new();
    let mut all = vec!["orders", "--practice"];
    all.extend_from_slice(args);
    let run = cli.run_with_env(&all, language_env);
    assert_eq!(run.status, 0, "{}", run.stderr);
    run.stdout
}

/// Whether `text` has a letter of `letters` (ones the language has and English has not).
fn has_any(text: &str, letters: &str) -> bool {
    text.chars().any(|c| letters.contains(c))
}

#[test]
fn the_command_line_speaks_the_terminals_language_or_the_one_asked() {
    let english = orders_in(&[], &[]);
    assert!(
        english.starts_with("5 orders await your answer"),
        "{english}"
    );

    let ukrainian = orders_in(&[("LANG", "uk_UA.UTF-8"), ("LC_ALL", "")], &[]);
    let heading = ukrainian.lines().next().unwrap_or_default();
    assert!(has_any(heading, "іїєґІЇЄҐ"), "Ukrainian: {ukrainian}");
    assert!(
        ukrainian.contains("50\u{a0}000,00 RUB"),
        "amounts the Ukrainian way: {ukrainian}"
    );

    let turkish = orders_in(&[], &["--lang", "tr"]);
    assert!(
        has_any(turkish.lines().next().unwrap_or_default(), "ıİşŞğĞüÜöÖçÇ"),
        "Turkish: {turkish}"
    );
    assert!(turkish.contains("50.000,00 RUB"), "{turkish}");

    let vietnamese = orders_in(
        &[
            ("LANGUAGE", "vi:en"),
            ("LC_ALL", ""),
            ("LANG", "vi_VN.UTF-8"),
        ],
        &[],
    );
    assert!(
        has_any(
            vietnamese.lines().next().unwrap_or_default(),
            "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđơư"
        ),
        "Vietnamese: {vietnamese}"
    );
    assert!(vietnamese.contains("50.000,00 RUB"), "{vietnamese}");

    // --json stays English and untranslated, whatever the terminal's language.
    let json = orders_in(&[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "")], &["--json"]);
    let value: Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(value[0]["amount"], "50000.00");
    assert_eq!(value[0]["statusText"], "waiting for the seller to release");
}

/// Fails unless `output` holds each of `words`.
fn says_all(output: &str, words: &[&str]) {
    for words in words {
        assert!(output.contains(words), "{words}: {output}");
    }
}

#[test]
fn help_and_usage_errors_speak_the_language_too() {
    let cli = Cli::new();
    let russian = [("LANG", "ru_RU.UTF-8"), ("LC_ALL", ""), ("LANGUAGE", "")];

    let help = cli.run_with_env(&["review", "--help"], &russian);
    assert_eq!(help.status, 0, "{}", help.stderr);
    says_all(
        &help.stdout,
        &[
            "Использование: p2p-cancel-review review",
            "Параметры:",
            "Показать справку",
            "[по умолчанию: 20]",
        ],
    );
    let top = cli.run_with_env(&["--help"], &russian);
    assert!(top.stdout.contains("Команды:"), "{}", top.stdout);
    assert!(top.stdout.contains("Показать версию"), "{}", top.stdout);

    // A usage error: what is wrong, a suggestion, the usage, where to read more; exit 2.
    let typo = cli.run_with_env(&["review", "--ordr", "1"], &russian);
    assert_eq!(typo.status, 2);
    says_all(
        &typo.stderr,
        &[
            "ошибка: неизвестный аргумент: --ordr",
            "--order?",
            "Использование: p2p-cancel-review review",
            "Подробнее: '--help'.",
        ],
    );
    let both = cli.run_with_env(
        &[
            "review",
            "--order",
            "1",
            "--pass",
            "--refund-received",
            "--reject",
        ],
        &russian,
    );
    assert_eq!(both.status, 2);
    assert!(
        both.stderr
            .contains("--pass нельзя использовать вместе с --reject"),
        "{}",
        both.stderr
    );
    let chinese = cli.run(&["--lang", "zh-TW", "review", "--pass", "--refund-received"]);
    assert_eq!(chinese.status, 2);
    assert!(
        chinese
            .stderr
            .starts_with("錯誤：缺少必要的引數：--order <ID>"),
        "{}",
        chinese.stderr
    );

    // In English, as clap would say it, and no English heading left in the translations.
    let english = cli.run(&["review", "--pass", "--refund-received"]);
    assert!(
        english
            .stderr
            .starts_with("error: required but not given: --order <ID>"),
        "{}",
        english.stderr
    );
    for output in [&help.stdout, &top.stdout, &typo.stderr] {
        for clap_english in ["Usage:", "Options:", "Commands:", "Print help", "[default:"] {
            assert!(!output.contains(clap_english), "{clap_english}: {output}");
        }
    }
}

/// The window's program, with no display to open a window on.
fn window_without_display(cli: &Cli, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_p2p-cancel-review"));
    command
        .args(args)
        .env("P2P_CANCEL_REVIEW_DATA_DIR", cli.data_dir.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY");
    common::english(&mut command);
    command.output().expect("binary runs")
}

fn log_of(cli: &Cli) -> String {
    let logs = cli.data_dir.path().join("logs");
    std::fs::read_dir(&logs)
        .unwrap()
        .map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap())
        .collect()
}

/// A window that cannot start says why, where the merchant and support can read it: on the
/// terminal, in a message box (where one can be shown) and in the log. (Linux only: without
/// DISPLAY and WAYLAND_DISPLAY nothing can draw there; Windows and macOS always have a screen.)
#[cfg(all(unix, not(target_os = "macos")))]
#[test]
fn a_window_that_cannot_start_is_said_and_logged() {
    let cli = Cli::new();
    let output = window_without_display(&cli, &["--practice"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("The window could not open"), "{stderr}");
    let log = log_of(&cli);
    assert!(
        log.contains("ERROR") && log.contains("the window could not open"),
        "{log}"
    );
}

/// One app at a time: a second start finds the app open on its data folder, hands over what
/// it was asked (here: an order to open) and exits 0 without opening a window of its own.
#[test]
fn a_second_start_hands_over_to_the_open_app_and_exits() {
    use p2p_cancel_review::instance::{self, Claim};
    let cli = Cli::new();
    let Claim::First(open) = instance::claim(cli.data_dir.path()).unwrap() else {
        panic!("the data folder was free");
    };
    let (heard, requests) = std::sync::mpsc::channel();
    open.listen(move |request| heard.send(request).unwrap())
        .unwrap();

    let output = window_without_display(&cli, &["--order", "1902384756120950238"]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let request = requests
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("the open app heard the second start");
    assert!(request.show && !request.practice);
    assert_eq!(request.order_id.as_deref(), Some("1902384756120950238"));
    assert!(log_of(&cli).contains("handed over to the app already running"));

    // A login start (--hidden) leaves the open window where it is.
    let output = window_without_display(&cli, &["--hidden"]);
    assert_eq!(output.status.code(), Some(0));
    let request = requests
        .recv_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    assert!(!request.show);
}

#[test]
fn pass_without_refund_received_sends_nothing_and_says_what_accepting_does() {
    let exchange = practice();
    let order = awaiting(&exchange)[0].clone();
    let cli = Cli::new();
    for extra in [vec![], vec!["--json"]] {
        let mut args = vec!["--order", order.as_str(), "--pass"];
        args.extend(extra);
        let run = review(&cli, &exchange, &args);
        assert_eq!(run.status, 2, "{run:?}");
        let said = format!("{}{}", run.stdout, run.stderr);
        assert!(said.contains("the crypto stays with the seller"), "{said}");
        assert!(said.contains("--refund-received"), "{said}");
    }
    assert_eq!(exchange.stats().review_requests, 0, "nothing sent");
    let run = review(
        &cli,
        &exchange,
        &["--order", &order, "--pass", "--refund-received", "--json"],
    );
    assert_eq!(run.status, 0, "{run:?}");
    let value: serde_json::Value = serde_json::from_str(run.stdout.trim()).unwrap();
    assert_eq!(value["outcome"], "accepted");
}

#[test]
fn order_shows_the_sellers_record_warnings_and_chat_with_paths_for_proof() {
    let exchange = practice();
    // The RUB order: a two-day-old seller pushing "cancel first" towards Telegram.
    let order = exchange
        .with(|e| e.order_of_seller("Обмен_Москва"))
        .unwrap();
    let cli = Cli::new();
    let url = exchange.base_url();
    let run = cli.run(&["order", &order, "--base-url", &url]);
    assert_eq!(run.status, 0, "{run:?}");
    assert!(
        run.stdout.contains("account is only 2 days old"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("cancel first and promises"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("talk outside Bybit"), "{}", run.stdout);
    assert!(run.stdout.contains("Account age: 2 days"), "{}", run.stdout);
    let proof = format!("/fiat/p2p/oss/showObj/otc/9001/receipt-{order}.png");
    assert!(
        run.stdout.contains(&format!("--proof {proof}")),
        "{}",
        run.stdout
    );

    let json = cli.run(&["order", &order, "--json", "--base-url", &url]);
    let value: serde_json::Value = serde_json::from_str(json.stdout.trim()).unwrap();
    assert_eq!(value["sellerRecord"]["accountCreateDays"], 2.0);
    let kinds: Vec<&str> = value["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"youngAccount") && kinds.contains(&"words"),
        "{kinds:?}"
    );
    let picture = value["chat"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["kind"] == "picture")
        .unwrap();
    assert_eq!(picture["proof"], proof.as_str());

    // Its path as a proof goes as is: nothing uploaded.
    let run = review(
        &cli,
        &exchange,
        &[
            "--order",
            &order,
            "--reject",
            "--reason",
            "have-made-payment",
            "--proof",
            &proof,
        ],
    );
    assert_eq!(run.status, 0, "{run:?}");
    assert_eq!(exchange.stats().uploads, 0);
    assert_eq!(
        exchange.with(|e| e.answer_of(&order)).unwrap().proofs,
        [proof]
    );
}

#[test]
fn a_chat_bybit_refuses_is_said_in_one_line_and_the_rest_shows() {
    let exchange = practice();
    exchange.set_faults(Faults {
        chat_refused: true,
        ..Faults::default()
    });
    let order = exchange
        .with(|e| e.order_of_seller("Обмен_Москва"))
        .unwrap();
    let cli = Cli::new();
    let run = cli.run(&["order", &order, "--base-url", &exchange.base_url()]);
    assert_eq!(run.status, 0, "{run:?}");
    assert!(
        run.stdout.contains("The chat could not be read"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("912200387"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Account age: 2 days"),
        "the record still shows"
    );
    assert!(
        run.stdout.contains("account is only 2 days old"),
        "and its warnings"
    );
}
