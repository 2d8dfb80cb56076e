//! "Test connection": three steps, each ending in a plain verdict — the clock against Bybit's,
//! what the API key may do, and the P2P account behind it.

use serde::Serialize;

use crate::bybit::{BybitError, Client};

/// How a step went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Good,
    Warning,
    Problem,
}

/// One step of the check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The step's name, in the merchant's language.
    pub name: String,
    pub verdict: Verdict,
    /// What was found, in a sentence.
    pub finding: String,
    /// What to do about it, when something is wrong.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub advice: Option<String>,
}

/// The whole check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckReport {
    pub steps: Vec<Step>,
    /// The exchange could not be reached at all.
    pub unreachable: bool,
}

impl CheckReport {
    /// The worst verdict of all steps.
    pub fn overall(&self) -> Verdict {
        self.steps
            .iter()
            .map(|s| s.verdict)
            .max_by_key(|v| match v {
                Verdict::Good => 0,
                Verdict::Warning => 1,
                Verdict::Problem => 2,
            })
            .unwrap_or(Verdict::Good)
    }
}

/// A clock this far ahead of Bybit's makes every signed request fail (reference §2).
const AHEAD_LIMIT_MS: i64 = 1000;

/// Runs the three steps in order. Stops after the first when Bybit cannot be reached.
pub async fn check_connection(client: &Client) -> CheckReport {
    let mut steps = Vec::with_capacity(3);
    match client.sync_clock().await {
        Ok(offset) => steps.push(clock_step(offset)),
        Err(e) => {
            let unreachable = matches!(
                e,
                BybitError::Unreachable { .. } | BybitError::Timeout { .. }
            );
            steps.push(problem(
                crate::fl!("check-step-server-time"),
                crate::fl!("check-time-unreadable", error = (e.to_string())),
                None,
            ));
            if unreachable {
                return CheckReport {
                    steps,
                    unreachable: true,
                };
            }
        }
    }
    steps.push(match client.api_key_info().await {
        Ok(info) => key_step(&info),
        Err(e) => problem(
            crate::fl!("check-step-api-key"),
            crate::fl!("check-key-unreadable", error = (e.to_string())),
            None,
        ),
    });
    steps.push(match client.account_info().await {
        Ok(account) => Step {
            name: crate::fl!("check-step-p2p-account"),
            verdict: Verdict::Good,
            finding: crate::fl!(
                "check-account-connected",
                nickname = (account.nick_name.as_str()),
                user = (account.user_id.as_str())
            ),
            advice: None,
        },
        Err(e) => problem(crate::fl!("check-step-p2p-account"), e.to_string(), None),
    });
    CheckReport {
        steps,
        unreachable: false,
    }
}

fn problem(name: String, finding: String, advice: Option<String>) -> Step {
    Step {
        name,
        verdict: Verdict::Problem,
        finding,
        advice,
    }
}

/// `offset_ms` is server time minus this computer's time.
fn clock_step(offset_ms: i64) -> Step {
    let ahead_ms = -offset_ms;
    // Tenths of a second, written the way the merchant's language writes numbers.
    let seconds = crate::format::amount(&format!("{:.1}", (ahead_ms.abs() as f64) / 1000.0));
    let name = crate::fl!("check-step-server-time");
    if ahead_ms >= AHEAD_LIMIT_MS {
        Step {
            name,
            verdict: Verdict::Warning,
            finding: crate::fl!("check-clock-ahead", seconds = seconds),
            advice: Some(crate::fl!("check-clock-advice")),
        }
    } else if ahead_ms <= -5000 {
        Step {
            name,
            verdict: Verdict::Warning,
            finding: crate::fl!("check-clock-behind", seconds = seconds),
            advice: Some(crate::fl!("check-clock-advice")),
        }
    } else {
        Step {
            name,
            verdict: Verdict::Good,
            finding: crate::fl!("check-clock-in-step", seconds = seconds),
            advice: None,
        }
    }
}

fn key_step(info: &crate::bybit::model::ApiKeyInfo) -> Step {
    // Short facts about the key, listed after its verdict; whole sentences for what is wrong.
    let mut facts: Vec<String> = Vec::new();
    let mut problems: Vec<String> = Vec::new();
    let mut advice: Vec<String> = Vec::new();
    if info.read_only == 1 {
        problems.push(crate::fl!("check-key-read-only"));
        advice.push(crate::fl!("check-key-read-only-advice"));
    } else {
        facts.push(crate::fl!("check-key-read-write"));
    }
    if info.can_manage_p2p_orders() {
        facts.push(crate::fl!("check-key-p2p-permission"));
    } else {
        problems.push(crate::fl!("check-key-no-p2p-permission"));
        advice.push(crate::fl!("check-key-no-p2p-permission-advice"));
    }
    let ips = info.ip_restriction();
    if ips.is_empty() {
        facts.push(crate::fl!("check-key-any-ip"));
    } else {
        facts.push(crate::fl!(
            "check-key-only-ips",
            ips = (ips.join(crate::fl!("check-key-list-separator").as_str()))
        ));
    }
    let expiry = expiry_note(&info.expired_at);
    let expiring_soon = expiry.as_ref().is_some_and(|(_, soon)| *soon);
    if let Some((note, _)) = expiry {
        facts.push(note);
    }
    let facts = facts.join(crate::fl!("check-key-list-separator").as_str());
    let finding = if problems.is_empty() {
        crate::fl!("check-key-works", facts = facts)
    } else {
        crate::fl!(
            "check-key-problems",
            problems = (problems.join(" ")),
            facts = facts
        )
    };
    let verdict = if !problems.is_empty() {
        Verdict::Problem
    } else if expiring_soon {
        advice.push(crate::fl!("check-key-expiring-advice"));
        Verdict::Warning
    } else {
        Verdict::Good
    };
    Step {
        name: crate::fl!("check-step-api-key"),
        verdict,
        finding,
        advice: (!advice.is_empty()).then(|| advice.join(" ")),
    }
}

/// "expires 2026-12-01" and whether that is within a week; `None` when the key never expires.
fn expiry_note(expired_at: &str) -> Option<(String, bool)> {
    let at = chrono::DateTime::parse_from_rfc3339(expired_at.trim()).ok()?;
    let left = at.signed_duration_since(chrono::Utc::now());
    let day = at.format("%Y-%m-%d").to_string();
    if left.num_seconds() <= 0 {
        Some((crate::fl!("check-key-expired", date = day), true))
    } else {
        Some((
            crate::fl!("check-key-expires", date = day),
            left.num_days() < 7,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bybit::model::ApiKeyInfo;
    use serde_json::json;

    fn key(value: serde_json::Value) -> ApiKeyInfo {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn a_clock_ahead_is_a_warning_with_advice() {
        assert_eq!(clock_step(-2300).verdict, Verdict::Warning);
        assert!(clock_step(-2300).finding.contains("2.3 s ahead"));
        assert_eq!(clock_step(-300).verdict, Verdict::Good);
        assert_eq!(
            clock_step(800).verdict,
            Verdict::Good,
            "a little behind is fine"
        );
        assert_eq!(clock_step(7000).verdict, Verdict::Warning);
    }

    #[test]
    fn a_key_without_p2p_permission_or_read_only_is_a_problem() {
        let good = key_step(&key(
            json!({"readOnly": 0, "permissions": {"FiatP2P": ["FiatP2POrder"]}, "ips": ["*"]}),
        ));
        assert_eq!(good.verdict, Verdict::Good, "{good:?}");
        assert!(good.finding.contains("any IP address"));
        let read_only = key_step(&key(
            json!({"readOnly": 1, "permissions": {"FiatP2P": ["FiatP2POrder"]}}),
        ));
        assert_eq!(read_only.verdict, Verdict::Problem);
        assert!(read_only.finding.contains("read-only"));
        let no_p2p = key_step(&key(
            json!({"readOnly": 0, "permissions": {"Spot": ["SpotTrade"]}, "ips": ["1.2.3.4"]}),
        ));
        assert_eq!(no_p2p.verdict, Verdict::Problem);
        assert!(no_p2p.advice.unwrap().contains("P2P order permission"));
        assert!(no_p2p.finding.contains("works only from 1.2.3.4"));
    }

    #[test]
    fn a_key_about_to_expire_is_a_warning() {
        let soon = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
        let step = key_step(&key(
            json!({"readOnly": 0, "permissions": {"FiatP2P": ["FiatP2POrder"]}, "expiredAt": soon}),
        ));
        assert_eq!(step.verdict, Verdict::Warning);
        assert!(step.finding.contains("expires on"));
    }
}
