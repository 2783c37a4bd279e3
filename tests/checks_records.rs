//! The records and their references (native): a record that does not load names its file, line
//! and field; a record that loads but is incomplete or points at nothing is refused with a
//! message that says how to fix it. Every option has harms, and a decision has two options that
//! the comparison cells name; a source can be traced (a DOI or a PMID of digits, or an address
//! where its kind allows one); an option's point that states a number cites where it comes from;
//! studies, knowledge items, situation records, review dates and the supported browsers are
//! complete and well formed.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may fail loudly
#![cfg(not(target_arch = "wasm32"))] // native tests; tests/web.rs runs in the browser

mod common;

use common::checks::{assert_reports, fixture, lines_where, list, problems_after, problems_with};
use local_therapy_aid::checks::validate;
use local_therapy_aid::content::{self, List};

#[test]
fn a_misspelled_field_is_a_load_error_naming_file_line_and_field() {
    let dir = common::scratch_copy("typo-figures");
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/typo_figures.toml"
        ),
        dir.join("figures/zz_typo.toml"),
    )
    .unwrap();
    let errors = common::load::load_dir(&dir).expect_err("a misspelled field must not load");
    let text: String = errors.iter().map(ToString::to_string).collect();
    assert!(
        text.contains("zz_typo.toml"),
        "error should name the file: {text}"
    );
    assert!(
        text.contains("unknown field `populaton`"),
        "error should name the field: {text}"
    );
    assert!(
        text.contains("line 7"),
        "error should give the line: {text}"
    );
    assert!(
        text.contains("content/src/schema.rs"),
        "error should say where the fields are documented: {text}"
    );
}

#[test]
fn bad_review_dates_are_refused() {
    let set_dates = |reviewed: &str, next: &str| {
        let (reviewed, next) = (reviewed.to_owned(), next.to_owned());
        move |dir: &std::path::Path| {
            let path = dir.join("bundle.toml");
            let text = std::fs::read_to_string(&path).unwrap();
            let text: String = text
                .lines()
                .map(|line| {
                    if line.starts_with("reviewed_on = ") {
                        format!("reviewed_on = \"{reviewed}\"")
                    } else if line.starts_with("next_review = ") {
                        format!("next_review = \"{next}\"")
                    } else {
                        line.to_owned()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(path, text).unwrap();
        }
    };
    let text = problems_with("bad-date", set_dates("2026-13-40", "2027-11-27"));
    assert_reports(
        &text,
        &["bundle.toml: `reviewed_on` = \"2026-13-40\" is not a date: write it as YYYY-MM-DD"],
    );
    let text = problems_with(
        "next-before-reviewed",
        set_dates("2026-11-27", "2026-11-27"),
    );
    assert_reports(
        &text,
        &[
            "bundle.toml: `next_review` (2026-11-27) must be after `reviewed_on` (2026-11-27): set it to",
        ],
    );
    let text = problems_with("next-earlier", set_dates("2026-11-27", "2025-01-01"));
    assert_reports(
        &text,
        &["`next_review` (2025-01-01) must be after `reviewed_on`"],
    );
}

#[test]
fn an_option_with_no_harms_is_refused() {
    let text = problems_with("no-harms", |dir| {
        std::fs::copy(
            fixture("option_without_harms.toml"),
            dir.join("options.toml"),
        )
        .unwrap();
    });
    assert_reports(
        &text,
        &[
            "option `medicines-first`: `harms` is empty: every option needs benefits, harms and what it is like",
        ],
    );
}

#[test]
fn a_figure_that_does_not_say_whether_it_is_a_subgroup_does_not_load() {
    let dir = common::scratch_copy("no-subgroup");
    std::fs::copy(
        fixture("no_subgroup_figures.toml"),
        dir.join("figures/zz_no_subgroup.toml"),
    )
    .unwrap();
    let errors =
        common::load::load_dir(&dir).expect_err("a figure without `subgroup` must not load");
    let text: String = errors.iter().map(ToString::to_string).collect();
    assert!(
        text.contains("zz_no_subgroup.toml") && text.contains("missing field `subgroup`"),
        "{text}"
    );
}

#[test]
fn sources_need_a_doi_or_pmid_unless_their_kind_allows_a_url() {
    let mut bundle = common::bundle_from_toml();
    bundle.sources = bundle.sources.edited(|sources| {
        let paper = sources.iter_mut().find(|s| s.id == "tsai-2009").unwrap();
        paper.doi = None;
        paper.pmid = None;
        paper.url = Some("https://example.org/tsai".into());
        let both = sources
            .iter_mut()
            .find(|s| s.id == "mclaughlin-2008")
            .unwrap();
        both.url = Some("https://example.org/mclaughlin".into());
    });
    let text = list(&validate::problems(&bundle));
    assert_reports(
        &text,
        &[
            "source `tsai-2009`: has no `doi` or `pmid`, and a Paper source needs one",
            "source `mclaughlin-2008`: has a `doi` or `pmid` and also a `url`: remove the `url`",
        ],
    );
    // The official statistics page and the unconfirmed abstract copy are allowed a url alone.
    assert!(!text.contains("source `cdc-stat-bite`") && !text.contains("source `lohrisch-2006`"));
    for source in common::bundle_from_toml().sources.iter() {
        if source.doi.is_none() && source.pmid.is_none() {
            assert!(source.kind.url_is_enough(), "{}", source.id);
        }
    }
}

#[test]
fn every_situation_answer_has_a_record() {
    let bundle = common::bundle_from_toml();
    for feature in content::SituationFeature::ALL {
        assert!(
            bundle
                .situation_evidence
                .iter()
                .any(|e| e.feature == feature),
            "{feature:?}"
        );
    }
    let mut broken = bundle.clone();
    broken.situation_evidence = broken
        .situation_evidence
        .edited(|e| e.retain(|e| e.id != "hormone-negative"));
    broken.guidance = broken
        .guidance
        .edited(|cards| cards.retain(|c| c.id != "oligometastatic"));
    let text = list(&validate::problems(&broken));
    assert_reports(
        &text,
        &[
            "situation.toml: no record for feature `HormoneNegative`: the situation form can select it, so an answer would be silently ignored",
            "guidance.toml: no card for situation `Oligometastatic`",
        ],
    );
}

#[test]
fn an_option_point_is_checked_for_words_references_and_traceable_numbers() {
    let bundle = common::bundle_from_toml();
    let option = bundle.options[0].id.as_str();
    let with_point = |edit: &dyn Fn(&mut content::Point)| {
        let mut edited = bundle.clone();
        edited.options = edited.options.edited(|options| {
            options[0].benefits = options[0].benefits.edited(|b| edit(&mut b[0]));
        });
        list(&validate::problems(&edited))
    };
    let untraced = with_point(&|p| {
        p.patient = "It helped 5 women.".into();
        p.figures = List::default();
        p.sources = List::default();
    });
    assert!(
        untraced.contains("states a number but lists no `figures` or `sources`"),
        "{untraced}"
    );
    let words_only = with_point(&|p| {
        p.patient = "It helped some women.".into();
        p.figures = List::default();
        p.sources = List::default();
    });
    assert!(!words_only.contains("states a number"), "{words_only}");
    let unknown = with_point(&|p| p.figures = List::from(vec!["no-such-figure".into()]));
    assert!(
        unknown.contains("refers to figure `no-such-figure`"),
        "{unknown}"
    );
    let empty = with_point(&|p| p.patient = "".into());
    assert!(
        empty.contains(&format!(
            "option `{option}` benefits: `patient` is empty: write it"
        )),
        "{empty}"
    );
}

#[test]
fn sources_need_an_identifier_or_an_address_and_well_formed_ids() {
    let bundle = common::bundle_from_toml();
    let source = |edit: &dyn Fn(&mut content::Source)| {
        let mut edited = bundle.clone();
        edited.sources = edited.sources.edited(|sources| edit(&mut sources[0]));
        let id = edited.sources[0].id;
        let place = format!("source `{id}`");
        lines_where(&list(&validate::problems(&edited)), |l| l.contains(&place))
    };
    let statistics_page = |url: Option<&'static str>| {
        move |s: &mut content::Source| {
            s.kind = content::SourceKind::OfficialStatistics;
            s.doi = None;
            s.pmid = None;
            s.url = url.map(Into::into);
        }
    };
    assert_eq!(
        source(&statistics_page(Some("https://example.org/table"))),
        ""
    );
    assert!(source(&statistics_page(None)).contains("has no `doi`, `pmid` or `url`"));
    let pmid = |pmid: &'static str| {
        move |s: &mut content::Source| {
            s.doi = None;
            s.url = None;
            s.pmid = Some(pmid.into());
        }
    };
    assert_eq!(source(&pmid("12345678")), "");
    for bad in ["1234a678", "PMID 1", ""] {
        assert!(source(&pmid(bad)).contains("must be digits only"), "{bad}");
    }
}

#[test]
fn studies_and_the_selection_picture_are_checked() {
    let text = problems_after(|b| {
        b.studies = b.studies.edited(|studies| studies[0].name = "".into());
    });
    assert!(text.contains("`name` is empty"), "{text}");
    let text = problems_after(|b| {
        b.bias.chosen = b.bias.chosen.edited(|c| c.push("One more".into()));
    });
    assert!(
        text.contains("`chosen` and `others` must list the same number"),
        "{text}"
    );
    let text = problems_after(|b| b.bias.chosen = List::default());
    assert!(
        text.contains("`chosen` and `others` must list the same number"),
        "{text}"
    );
}

#[test]
fn a_decision_needs_two_options_and_compare_cells_name_real_ones() {
    let options = |keep: usize| {
        problems_after(|b| {
            b.options = b.options.edited(|o| {
                // Keep the one of kind no_local_therapy_now among those kept.
                o.sort_by_key(|o| o.kind != content::OptionKind::NoLocalTherapyNow);
                o.truncate(keep);
            });
        })
    };
    assert!(
        !options(2).contains("at least two options"),
        "{}",
        options(2)
    );
    assert!(options(1).contains("a decision needs at least two options"));
    let text = problems_after(|b| {
        b.compare = b.compare.edited(|rows| {
            rows[0].cells = rows[0]
                .cells
                .edited(|c| c[0].option = "no-such-option".into());
        });
    });
    assert!(
        text.contains("has a cell for unknown option `no-such-option`"),
        "{text}"
    );
}

#[test]
fn a_knowledge_item_has_two_choices_with_unique_ids_one_of_them_correct() {
    let item = |edit: &dyn Fn(&mut content::KnowledgeItem)| {
        problems_after(|b| b.knowledge = b.knowledge.edited(|k| edit(&mut k[0])))
    };
    assert_eq!(item(&|_| {}), "");
    let text = item(&|k| k.correct = "no-such-choice".into());
    assert!(
        text.contains("`correct` = `no-such-choice` is not one of its choice ids"),
        "{text}"
    );
    let text = item(&|k| k.choices = k.choices.edited(|c| c.truncate(1)));
    assert!(text.contains("needs at least two choices"), "{text}");
    let text = item(&|k| {
        k.choices = k.choices.edited(|c| {
            let first = c[0].id;
            c[1].id = first;
        });
    });
    assert!(text.contains("is used twice"), "{text}");
    let text = item(&|k| k.question = "".into());
    assert!(text.contains("`question` is empty"), "{text}");
}

#[test]
fn the_supported_browsers_each_name_their_oldest_version_once() {
    let mut bundle = common::bundle_from_toml();
    let support = &mut bundle.meta.support;
    support.browsers = support.browsers.edited(|browsers| {
        let chrome = browsers.iter_mut().find(|b| b.name == "Chrome").unwrap();
        chrome.line_patient = "Chrome or newer, on a computer.".into();
        let edge = browsers.iter_mut().find(|b| b.name == "Edge").unwrap();
        edge.minimum = 0;
        let firefox = browsers
            .iter()
            .find(|b| b.name == "Firefox")
            .unwrap()
            .clone();
        browsers.push(firefox);
    });
    support.guard_checks = List::from(Vec::new());
    let text = list(&validate::problems(&bundle));
    for expected in [
        "bundle.toml [support] browser `Chrome`: `line_patient` must name its oldest version (97) as a number",
        "bundle.toml [support] browser `Edge`: `line_patient` must name its oldest version (0) as a number",
        "bundle.toml [support]: lists the browser `Firefox` twice",
        "bundle.toml [support]: `guard_checks` is empty",
    ] {
        assert!(
            text.contains(expected),
            "expected a problem containing:\n  {expected}\nbut got:\n{text}"
        );
    }
    // The shipped lines pass, Safari's and Firefox's among them.
    assert!(!text.contains("browser `Safari`"), "{text}");
    bundle.meta.support.browsers = List::from(Vec::new());
    assert!(
        list(&validate::problems(&bundle))
            .contains("bundle.toml [support]: lists no browsers: add a `[[support.browsers]]`")
    );
}

#[test]
fn the_sure_citation_shown_with_its_questions_holds_every_part_of_its_source() {
    assert_eq!(
        problems_after(|_| {}),
        "",
        "the shipped content has no problem"
    );
    let text = problems_after(|b| {
        b.sure.citation = b.sure.citation.replace(" PMID 20705870", "").into();
    });
    assert_reports(
        &text,
        &[
            "`citation` lacks the source's pmid (\"20705870\", from sources.toml `legare-2010-sure`)",
        ],
    );
    let text = problems_after(|b| {
        b.sure.citation = b.sure.citation.replace("2010", "2011").into();
    });
    assert!(text.contains("lacks the source's year"), "{text}");
}
