//! The words of the screens themselves (`ui.toml`): buttons, headings, notices, the frame and the
//! print headings, one record per screen or shared piece, so that every word a person sees is
//! content, edited where the clinical words are and checked by the same lints.
//!
//! A sentence with a part the screen fills in is a [`Template`](super::Template) with named slots
//! (`{minutes}`).

use super::template::{ClinicianTemplate, Template, slots};
use super::{ClinicianLabel, PatientLabel};

mod pages;
pub use pages::*;

record! {
    place = "ui.toml";
    /// Every screen's own words (`ui.toml`), one record per screen or shared piece.
    #[derive(Default)]
    pub struct Screens {
        /// `[frame]`.
        pub frame: FrameWords,
        /// `[titles]`.
        pub titles: TitlesWords,
        /// `[numbers]`.
        pub numbers: NumbersWords,
        /// `[evidence_labels]`.
        pub evidence_labels: EvidenceLabelsWords,
        /// `[bias_picture]`.
        pub bias_picture: BiasPictureWords,
        /// `[figure_view]`.
        pub figure_view: FigureViewWords,
        /// `[glossary_term]`.
        pub glossary_term: GlossaryTermWords,
        /// `[option_grid]`.
        pub option_grid: OptionGridWords,
        /// `[qr_code]`.
        pub qr_code: QrCodeWords,
        /// `[read_aloud]`.
        pub read_aloud: ReadAloudWords,
        /// `[step_nav]`.
        pub step_nav: StepNavWords,
        /// `[sure_form]`.
        pub sure_form: SureFormWords,
        /// `[switches]`.
        pub switches: SwitchesWords,
        /// `[common]`.
        pub common: CommonWords,
        /// `[about]`.
        pub about: AboutWords,
        /// `[knowledge]`.
        pub knowledge: KnowledgeWords,
        /// `[every_step]`.
        pub every_step: EveryStepWords,
        /// `[not_found]`.
        pub not_found: NotFoundWords,
        /// `[options]`.
        pub options: OptionsWords,
        /// `[outcome]`.
        pub outcome: OutcomeWords,
        /// `[privacy]`.
        pub privacy: PrivacyWords,
        /// `[questions]`.
        pub questions: QuestionsWords,
        /// `[settings]`.
        pub settings: SettingsWords,
        /// `[situation]`.
        pub situation: SituationWords,
        /// `[start]`.
        pub start: StartWords,
        /// `[studies]`.
        pub studies: StudiesWords,
        /// `[summary]`.
        pub summary: SummaryWords,
        /// `[record_note]`.
        pub record_note: RecordNoteWords,
        /// `[take_home]`.
        pub take_home: TakeHomeWords,
        /// `[values]`.
        pub values: ValuesWords,
        /// `[field_test]`.
        pub field_test: FieldTestWords,
    }
}

record! {
    /// Screen words of the frame around every screen (`ui.toml`, `[frame]`).
    #[derive(Default)]
    pub struct FrameWords {
        /// Words: "Part of this aid did not load: the clinician's words, the st…"
        pub texts_failed: PatientLabel,
        /// Words: "Patient view: plain words and pictures."
        pub patient_view_hint: PatientLabel,
        /// Words: "Clinician view: adds hazard ratios, intervals, design, certa…"
        pub clinician_view_hint: PatientLabel,
        /// Words: "Patient view"
        pub patient_view: PatientLabel,
        /// Words: "Clinician view"
        pub clinician_view: PatientLabel,
        /// A link: "Skip to the page content"
        pub skip_page_content: PatientLabel,
        /// A button: "End session"
        pub end_session: PatientLabel,
        /// A paragraph: "To protect privacy, this session will end in one minute and…"
        pub idle_warning: PatientLabel,
        /// A button: "Keep going"
        pub keep_going: PatientLabel,
        /// A paragraph: "A new version of this aid is ready. It will be used the next…"
        pub update_ready: PatientLabel,
        /// A heading: "End this session?"
        pub end_session_question: PatientLabel,
        /// A paragraph: "Everything entered in this session will be cleared from this…"
        pub end_session_explained: PatientLabel,
        /// A button: "End session and clear answers"
        pub end_session_clear_answers: PatientLabel,
        /// Words: "This browser does not allow the app to keep answers in this…"
        pub storage_refused: PatientLabel,
        /// Words: "This browser's storage is full. Your answers are kept while…"
        pub storage_full: PatientLabel,
        /// Words: "Saved answers in this tab could not be read, so the app star…"
        pub saved_answers_unreadable: PatientLabel,
        /// Words: "Saved answers in this tab came from an older version of the…"
        pub saved_answers_older_version: PatientLabel,
        /// Words: "Answers from an earlier session in this tab were cleared, be…"
        pub earlier_session_expired: PatientLabel,
        /// Words: "The clinic settings saved on this device could not be read,…"
        pub settings_unreadable: PatientLabel,
        /// Words: "The clinic settings could not be saved on this device. They…"
        pub settings_not_saved: PatientLabel,
        /// Words: "Checking whether this aid is ready to use offline…"
        pub offline_checking: PatientLabel,
        /// Words: "Ready to use offline."
        pub offline_ready: PatientLabel,
        /// Words: "Saving a copy for offline use… Keep this page open for a mom…"
        pub offline_saving: PatientLabel,
        /// Words: "This copy runs from a single file or a browser without offli…"
        pub offline_not_available: PatientLabel,
        /// A warning when the evidence is past its review date.
        pub evidence_due: Template<slots::Date>,
        /// The offline status when files are missing.
        pub offline_missing: Template<slots::MissingOfTotal>,
        /// The display switches' button on a phone: the view and the text size.
        pub display_summary: Template<slots::ViewAndSize>,
        /// The heading shown when another site puts the aid in a frame.
        pub framed_heading: PatientLabel,
        /// Why the aid will not run in a frame.
        pub framed_text: PatientLabel,
        /// The link that opens it in its own window.
        pub framed_link: PatientLabel,
        /// The heading of the screen shown when the app stops working.
        pub failed_heading: PatientLabel,
        /// What happened, and that the answers were cleared.
        pub failed_text: PatientLabel,
        /// The link that starts again.
        pub failed_link: PatientLabel,
    }
}

record! {
    /// Screen words of the picture of why older studies misled (`ui.toml`, `[bias_picture]`).
    #[derive(Default)]
    pub struct BiasPictureWords {
        /// Words: "Older studies"
        pub older_studies: PatientLabel,
        /// Words: "doctors and women chose"
        pub doctors_women_chose: PatientLabel,
        /// Words: "Had an operation"
        pub had_operation: PatientLabel,
        /// Words: "Most were doing well to begin with."
        pub most_were_doing_well: PatientLabel,
        /// Words: "No operation"
        pub no_operation: PatientLabel,
        /// Words: "Most were less well to begin with."
        pub most_were_less_well: PatientLabel,
        /// Words: "Fair trials"
        pub fair_trials: PatientLabel,
        /// Words: "chance chose"
        pub chance_chose: PatientLabel,
        /// Words: "A mix, the same as the other group."
        pub a_mix: PatientLabel,
        /// A list item: "Doing well to begin with"
        pub doing_well_begin: PatientLabel,
        /// A list item: "Less well to begin with"
        pub less_well_begin: PatientLabel,
        /// A paragraph: "This picture shows the idea. It does not show real numbers."
        pub not_real_numbers: PatientLabel,
    }
}

record! {
    /// Screen words of a figure (pictures, table, words, details) (`ui.toml`, `[figure_view]`).
    #[derive(Default)]
    pub struct FigureViewWords {
        /// A table heading: "Group"
        pub group: PatientLabel,
        /// A table heading: "Range"
        pub range: PatientLabel,
        /// A table heading: "Months"
        pub months: PatientLabel,
        /// A term: "Reported"
        pub reported: PatientLabel,
        /// A term: "Time frame"
        pub time_frame: PatientLabel,
        /// A term: "Population"
        pub population: PatientLabel,
        /// A term: "Design"
        pub design: PatientLabel,
        /// A term: "Certainty"
        pub certainty: PatientLabel,
        /// A term: "Method"
        pub method: PatientLabel,
        /// A term: "Checked"
        pub checked: PatientLabel,
        /// A term: "Note"
        pub note: PatientLabel,
        /// A term: "Source"
        pub source: PatientLabel,
        /// A term: "Source words"
        pub source_words: PatientLabel,
        /// The caption of a figure's table.
        pub table_caption: Template<slots::OutOf>,
        /// The caption of a median time's table.
        pub median_caption: Template<slots::Event>,
    }
}

record! {
    /// Screen words of a glossary term (`ui.toml`, `[glossary_term]`).
    #[derive(Default)]
    pub struct GlossaryTermWords {
        /// The `title` attribute: "What does this mean?"
        pub what_does_mean: PatientLabel,
    }
}

record! {
    /// Screen words of the options grid (`ui.toml`, `[option_grid]`).
    #[derive(Default)]
    pub struct OptionGridWords {
        /// The evidence line under a grid row (clinician view).
        pub evidence: Template<slots::Labels>,
    }
}

record! {
    /// Screen words of the QR code (`ui.toml`, `[qr_code]`).
    #[derive(Default)]
    pub struct QrCodeWords {
        /// A paragraph: "This copy of the aid has no web address to give (it was open…"
        pub no_address: PatientLabel,
        /// The `aria-label` attribute: "QR code that opens this aid"
        pub code_label: PatientLabel,
        /// Words: "Point your phone's camera at this code to open the aid again…"
        pub point_camera: PatientLabel,
        /// Words: ". The code holds only this address, none of your answers."
        pub holds_only_address: PatientLabel,
    }
}

record! {
    /// Screen words of the read-aloud button (`ui.toml`, `[read_aloud]`).
    #[derive(Default)]
    pub struct ReadAloudWords {
        /// Words: "Stop reading aloud"
        pub stop_reading_aloud: PatientLabel,
        /// Words: "Read this page aloud"
        pub read_page_aloud: PatientLabel,
        /// Words: "Reading aloud with a voice on this device."
        pub reading: PatientLabel,
        /// Words: "Reading aloud stopped."
        pub reading_aloud_stopped: PatientLabel,
        /// Words: "This device has no voice of its own, so nothing is read alou…"
        pub no_voice: PatientLabel,
        /// Words: "This device has no voice of its own in the language of this…"
        pub no_voice_in_language: PatientLabel,
        /// Words: "This browser cannot read aloud."
        pub cannot_read_aloud: PatientLabel,
        /// Words: "There is nothing on this page to read aloud."
        pub nothing_to_read: PatientLabel,
    }
}

record! {
    /// Screen words of the step bar and Back/Next (`ui.toml`, `[step_nav]`).
    #[derive(Default)]
    pub struct StepNavWords {
        /// Words: "Steps"
        pub steps: PatientLabel,
        /// Words: "Switch to the short consultation"
        pub switch_short_consultation: PatientLabel,
        /// Words: "Switch to the full consultation"
        pub switch_full_consultation: PatientLabel,
        /// The `aria-label` attribute: "Back and next"
        pub back_next: PatientLabel,
        /// Where a step is in the full consultation.
        pub step_of: Template<slots::AtOf>,
        /// Where a step is in the short consultation.
        pub step_of_short: Template<slots::AtOf>,
        /// The step list's toggle on a phone, with the current step.
        pub steps_at: Template<slots::StepTitle>,
        /// The Back button.
        pub back: Template<slots::StepTitle>,
        /// The Next button.
        pub next: Template<slots::StepTitle>,
    }
}

record! {
    /// Screen words of the SURE test form (`ui.toml`, `[sure_form]`).
    #[derive(Default)]
    pub struct SureFormWords {
        /// Words: "Yes"
        pub yes: PatientLabel,
        /// Words: "No"
        pub no: PatientLabel,
        /// Words: "Go to this step"
        pub go_to_step: PatientLabel,
        /// Words: "Where these questions come from"
        pub where_from: PatientLabel,
        /// The SURE score.
        pub score: Template<slots::ScoreOfTotal>,
        /// The SURE test's credit.
        pub credit: Template<slots::Credit>,
    }
}

record! {
    /// Screen words of the view and display switches (`ui.toml`, `[switches]`).
    #[derive(Default)]
    pub struct SwitchesWords {
        /// Words: "Who the screen is written for"
        pub who_screen_written: PatientLabel,
        /// Words: "Patient"
        pub patient: PatientLabel,
        /// Words: "Clinician"
        pub clinician: PatientLabel,
        /// The word after "Patient" and "Clinician" that a narrow screen leaves out ("view"): it
        /// stays in each button's name for screen readers and voice control.
        pub view_word: PatientLabel,
        /// Words: "Show numbers as"
        pub show_numbers: PatientLabel,
        /// Words: "Pictures"
        pub pictures: PatientLabel,
        /// Words: "Table"
        pub table: PatientLabel,
        /// Words: "Words"
        pub words: PatientLabel,
        /// Words: "Text"
        pub text: PatientLabel,
        /// Words: "Size of the text"
        pub size_text: PatientLabel,
    }
}

record! {
    /// Screen words of shared pieces (`ui.toml`, `[common]`).
    #[derive(Default)]
    pub struct CommonWords {
        /// A paragraph: "Sources"
        pub sources: PatientLabel,
    }
}

record! {
    /// The titles of the screens outside the journey (`ui.toml`, `[titles]`): their heading, the
    /// page title and their links. The steps' titles are in `steps.toml`.
    #[derive(Default)]
    pub struct TitlesWords {
        /// The privacy check.
        pub privacy: PatientLabel,
        /// Clinic settings.
        pub settings: PatientLabel,
        /// The take-home print.
        pub take_home: PatientLabel,
        /// A page that does not exist.
        pub not_found: PatientLabel,
        /// The field test's records, as a table.
        pub records: PatientLabel,
    }
}

record! {
    /// The words around every figure and study, in both views (`ui.toml`, `[numbers]`): the
    /// sentences built from a figure record's own fields (`domain::phrasing`), so the words come
    /// from here and the numbers from the record.
    #[derive(Default)]
    pub struct NumbersWords {
        /// Leads the reference class shown with every figure.
        pub reference_label: PatientLabel,
        /// A count rounded from a reported decimal.
        pub about: Template<slots::Count>,
        /// One arm of a natural frequency, also the label of its picture.
        pub frequency_arm: Template<slots::FrequencyArm>,
        /// Said when a number has no reported range.
        pub no_range_one: PatientLabel,
        /// Said once when none of a figure's numbers has a reported range.
        pub no_range_many: PatientLabel,
        /// The range of one arm, in whole numbers.
        pub range: Template<slots::RangeOf>,
        /// The heading that compares every arm of a natural frequency.
        pub comparison: Template<slots::Comparison>,
        /// Names the group of one arm of a median ("women who kept to medicines alone").
        pub median_group: Template<slots::Group>,
        /// One arm of a median.
        pub median_arm: Template<slots::MedianArm>,
        /// The range of one arm of a median.
        pub median_range: Template<slots::LowHigh>,
        /// A table cell with no range.
        pub not_reported: PatientLabel,
        /// A range in a table cell.
        pub cell_range: Template<slots::LowHigh>,
        /// What the dashed box or bar end of a picture means.
        pub range_key: PatientLabel,
        /// Under a median whose source found no significant difference.
        pub chance: PatientLabel,
        /// How sure the studies are, for a graded figure.
        pub certainty_question: Template<slots::CertaintyWords>,
        /// The GRADE grade high, as the sentence above says it.
        pub grade_high: PatientLabel,
        /// The grade moderate.
        pub grade_moderate: PatientLabel,
        /// The grade low.
        pub grade_low: PatientLabel,
        /// The grade very low.
        pub grade_very_low: PatientLabel,
        /// How sure the studies are for a grade of high, in plain words, opening the answer to
        /// "How sure are the studies?": the words `domain::certainty` ties to that grade.
        pub sure_high: PatientLabel,
        /// The same for moderate.
        pub sure_moderate: PatientLabel,
        /// The same for low.
        pub sure_low: PatientLabel,
        /// The same for very low.
        pub sure_very_low: PatientLabel,
        /// Beside a figure whose women or treatment differ from the option it is used for.
        pub indirect_label: PatientLabel,
        /// The same on its own, where the reason is one tap away.
        pub indirect_badge: PatientLabel,
        /// The heading of the options grid's rows a step opens with.
        pub glance_heading: PatientLabel,
        /// Leads how a number no source counted was made.
        pub worked_out_label: PatientLabel,
        /// Leads whose comparison-group risk a figure rests on.
        pub baseline_label: PatientLabel,
        /// Leads the time caveat of the ratio a worked-out number rests on.
        pub time_caveat_label: PatientLabel,
        /// The evidence version and its dates, on every screen and print.
        pub evidence_line: Template<slots::EvidenceLine>,
        /// In a citation, in place of a year no page gave.
        pub year_not_found: PatientLabel,
        /// Where a source with no DOI or PMID was read.
        pub read_at: Template<slots::Url>,
        /// The same, with the date it was read.
        pub read_at_on: Template<slots::UrlDate>,
        /// A planned subgroup's label.
        pub subgroup_planned: PatientLabel,
        /// An unplanned subgroup's label.
        pub subgroup_unplanned: PatientLabel,
        /// A subgroup whose planning was not reported.
        pub subgroup_unstated: PatientLabel,
        /// When chance decided: before medicines.
        pub timing_before: PatientLabel,
        /// When chance decided: after first medicines.
        pub timing_after: PatientLabel,
        /// When chance decided: it differed between women.
        pub timing_differed: PatientLabel,
        /// A trial that reported.
        pub status_reported: PatientLabel,
        /// A trial stopped early.
        pub status_stopped_early: PatientLabel,
        /// A trial closed early with no results.
        pub status_closed: PatientLabel,
        /// A trial whose results were not found.
        pub status_no_results: PatientLabel,
    }
}

record! {
    /// The clinician view's labels of a figure's design, grade and checking (`ui.toml`,
    /// `[evidence_labels]`).
    #[derive(Default)]
    pub struct EvidenceLabelsWords {
        /// A randomised trial.
        pub design_rct: ClinicianLabel,
        /// A meta-analysis of randomised trials.
        pub design_meta_rct: ClinicianLabel,
        /// A meta-analysis of prospective studies not all shown to be randomised.
        pub design_meta_prospective: ClinicianLabel,
        /// A meta-analysis of observational studies.
        pub design_meta_observational: ClinicianLabel,
        /// An observational study.
        pub design_observational: ClinicianLabel,
        /// A registry or official statistics.
        pub design_registry: ClinicianLabel,
        /// A systematic review of population cohorts.
        pub design_cohort_review: ClinicianLabel,
        /// A GRADE grade, named by its word in `[numbers]` (`grade_high`, …).
        pub graded: ClinicianTemplate<slots::Grade>,
        /// Not graded.
        pub not_graded: ClinicianLabel,
        /// Checked against the primary source.
        pub verified: ClinicianLabel,
        /// Checked against a verbatim copy of the abstract.
        pub verified_copy: ClinicianLabel,
        /// From a report quoting the abstract.
        pub secondary_quoting_abstract: ClinicianLabel,
        /// A secondary source only.
        pub secondary: ClinicianLabel,
        /// Unverified.
        pub unverified: ClinicianLabel,
        /// As reported by the 2015 review.
        pub reported_by_review: ClinicianLabel,
        /// Worked out by the aid's authors.
        pub worked_out: ClinicianLabel,
        /// Modelled by a review's summary-of-findings table.
        pub modelled_by_review: ClinicianLabel,
        /// How a worked-out arm was made.
        pub worked_out_method: ClinicianTemplate<slots::WorkedOut>,
        /// A number with no interval and no reason given.
        pub no_interval: ClinicianLabel,
        /// A number with no interval, and why.
        pub no_interval_because: ClinicianTemplate<slots::Reason>,
        /// A rate out of a denominator other than 100.
        pub per: ClinicianTemplate<slots::Per>,
        /// One arm of a median.
        pub median_arm: ClinicianTemplate<slots::MedianArmClinician>,
        /// A relative effect with its comparison and direction.
        pub relative: ClinicianTemplate<slots::RelativeEffect>,
        /// A count out of a total.
        pub count_of: ClinicianTemplate<slots::CountOf>,
    }
}
