//! The review options, the `[lint]` and `[check]` tables of statusgen.toml, and how they combine.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::args::{Options, Profile, Severity, Validation};
use super::rules::{self, RULES, Scope};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    lint: Table,
    #[serde(default)]
    check: Table,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct Table {
    profile: Option<Profile>,
    #[serde(default)]
    disable: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, String>,
    validation: Option<toml::Value>,
    fail_on: Option<Severity>,
}

/// Everything resolved: each rule's severity (`None`: off), the exit threshold, the convention.
#[derive(Debug)]
pub struct Settings {
    pub levels: HashMap<&'static str, Option<Severity>>,
    pub fail_on: Severity,
    pub validation: Option<Validation>,
    /// The reader these settings are for: its rules are the ones listed (SARIF).
    pub reader: Scope,
    /// Findings accepted by `--baseline FILE`.
    pub baseline: Option<super::baseline::Baseline>,
}

/// The settings of a reader: `lint` (`Scope::Description`, the `[lint]` table) or `check`
/// (`Scope::Exchange`, `[check]`). Rules of the other scope only are off.
pub fn settings(args: &Options, reader: Scope) -> Result<Settings, String> {
    let file = match &args.config {
        Some(path) => Some(read(path)?),
        None => discover().map(|p| read(&p)).transpose()?,
    };
    let (name, table) = match reader {
        Scope::Exchange => ("check", file.map(|f| f.check).unwrap_or_default()),
        _ => ("lint", file.map(|f| f.lint).unwrap_or_default()),
    };
    let profile = args.profile.or(table.profile).unwrap_or(Profile::Recommended);
    let mut levels: HashMap<&'static str, Option<Severity>> = RULES
        .iter()
        .map(|r| {
            (
                r.id,
                (!r.strict || profile == Profile::Strict).then_some(r.severity_in(reader)),
            )
        })
        .collect();
    let file_levels = table.severity.iter().map(|(k, v)| (k.as_str(), v.as_str()));
    apply(&mut levels, &table.disable, file_levels).map_err(|e| format!("statusgen.toml [{name}]: {e}"))?;
    let cli_levels: Vec<(&str, &str)> = args
        .severity
        .iter()
        .map(|s| {
            s.split_once('=')
                .ok_or_else(|| format!("--severity {s}: write RULE=LEVEL"))
        })
        .collect::<Result<_, _>>()?;
    apply(&mut levels, &args.disable, cli_levels.into_iter())?;
    for rule in RULES.iter().filter(|r| !r.scope.covers(reader)) {
        levels.insert(rule.id, None);
    }
    let validation = match (&args.validation, &table.validation) {
        (Some(v), _) => Some(*v),
        (None, Some(v)) => Some(validation(v)?),
        (None, None) => None,
    };
    Ok(Settings {
        levels,
        fail_on: args.fail_on.or(table.fail_on).unwrap_or(Severity::Error),
        validation,
        reader,
        baseline: args.baseline.as_deref().map(super::baseline::read).transpose()?,
    })
}

fn apply<'a>(
    levels: &mut HashMap<&'static str, Option<Severity>>,
    disable: &[String],
    severities: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<(), String> {
    for id in disable {
        *levels.get_mut(rule(id)?.id).expect("every rule has a level") = None;
    }
    for (id, level) in severities {
        let rule = rule(id.trim())?;
        let level = match level.trim() {
            "off" => None,
            other => Some(
                Severity::parse(other)
                    .ok_or_else(|| format!("unknown severity `{other}` for {id} (error, warning, info or off)"))?,
            ),
        };
        levels.insert(rule.id, level);
    }
    Ok(())
}

pub fn rule(id: &str) -> Result<&'static rules::Rule, String> {
    rules::find(id).ok_or_else(|| format!("unknown rule `{}` (rules: {})", super::text::shown(id), rules::ids()))
}

fn validation(value: &toml::Value) -> Result<Validation, String> {
    match value
        .as_integer()
        .map(|i| i.to_string())
        .or_else(|| value.as_str().map(String::from))
        .as_deref()
    {
        Some("400") => Ok(Validation::BadRequest),
        Some("422") => Ok(Validation::Unprocessable),
        _ => Err(format!(
            "statusgen.toml [lint]: validation must be 400 or 422, not {}",
            written(value)
        )),
    }
}

/// A setting's value as the user wrote it, roughly: `422.0`, `"x"`, `a table`.
fn written(value: &toml::Value) -> String {
    match value {
        toml::Value::String(s) => format!("\"{}\"", statusgen_kb::text::quote(s, 40)),
        toml::Value::Integer(i) => i.to_string(),
        toml::Value::Float(f) => format!("{f:?}"),
        toml::Value::Boolean(b) => b.to_string(),
        toml::Value::Datetime(_) => "a date".into(),
        toml::Value::Array(_) => "a list".into(),
        toml::Value::Table(_) => "a table".into(),
    }
}

/// statusgen.toml in the current directory or the nearest parent.
fn discover() -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?;
    cwd.ancestors().map(|d| d.join("statusgen.toml")).find(|p| p.is_file())
}

fn read(path: &Path) -> Result<FileConfig, String> {
    let shown = path.display();
    // A settings file is a few lines; a FIFO, a device or a huge file is refused.
    let text = super::input::read_setting(path, 1 << 20).map_err(|e| format!("{shown}: {e}"))?;
    toml::from_str(&text).map_err(|e| {
        let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        let at = line.map(|l| format!(" (line {l})")).unwrap_or_default();
        format!("{shown}{at}: {}", e.message().trim().replace('\n', "; "))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severities_disable_and_unknown_rules() {
        let mut levels: HashMap<&'static str, Option<Severity>> =
            RULES.iter().map(|r| (r.id, Some(r.severity))).collect();
        let given = [("header-may", "warning"), ("code-unofficial", "off")];
        apply(&mut levels, &["no-success".into()], given.into_iter()).expect("valid");
        assert_eq!(levels["header-may"], Some(Severity::Warning));
        assert_eq!(levels["code-unofficial"], None);
        assert_eq!(levels["no-success"], None);
        assert!(apply(&mut levels, &["nope".into()], std::iter::empty()).is_err());
        assert!(apply(&mut levels, &[], [("header-may", "loud")].into_iter()).is_err());
        assert!(validation(&toml::Value::Integer(422)).is_ok());
        assert!(validation(&toml::Value::Integer(500)).is_err());
    }
}
