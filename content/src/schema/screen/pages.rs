//! The screens' own words of each page (`ui.toml`, one section a page); the frame's and the shared
//! pieces' are in the parent module.

use crate::schema::template::{ClinicianTemplate, Template, slots};
use crate::schema::{ClinicianLabel, PatientLabel, StudyLabel};

record! {
    /// Screen words of About (`ui.toml`, `[about]`).
    #[derive(Default)]
    pub struct AboutWords {
        /// A heading: "About this aid"
        pub about_aid: PatientLabel,
        /// A lead-in: "Who made it:"
        pub who_made: PatientLabel,
        /// A lead-in: "Funding:"
        pub funding: PatientLabel,
        /// A heading: "Open this aid on your own phone"
        pub open_aid_own_phone: PatientLabel,
        /// A heading: "How the evidence was chosen"
        pub how_evidence_chosen: PatientLabel,
        /// A heading: "Dates and updates"
        pub dates_updates: PatientLabel,
        /// A heading: "Limits of this aid"
        pub limits_aid: PatientLabel,
        /// A heading: "Privacy"
        pub privacy: PatientLabel,
        /// A paragraph: "Check what is stored on this device"
        pub check_storage: PatientLabel,
        /// A heading: "Accessibility"
        pub accessibility: PatientLabel,
        /// A paragraph: "This aid aims to meet the Web Content Accessibility Guidelin…"
        pub accessibility_aim: PatientLabel,
        /// A paragraph: "Known limits: it has not yet been tested with screen-reader…"
        pub accessibility_limits: PatientLabel,
        /// A heading: "Glossary"
        pub glossary: PatientLabel,
        /// A heading: "Sources"
        pub sources: PatientLabel,
        /// A lead-in: "Why:"
        pub why: PatientLabel,
        /// The reading level measured at build time.
        pub reading_level: Template<slots::ReadingLevel>,
        /// The heading of what changed in this version.
        pub changes_heading: Template<slots::Version>,
        /// When nothing changed since the previous version.
        pub nothing_changed: Template<slots::Version>,
        /// A heading: "Development and testing"
        pub development: PatientLabel,
        /// Said when no review or test has been done (`development.toml` is empty): that the aid
        /// has not been reviewed by patients or clinicians nor tried in clinics, and that a plan
        /// for testing it exists. It must not claim a review or a test (the build refuses one
        /// with no record).
        pub development_none: PatientLabel,
        /// The heading of a needs assessment.
        pub kind_needs_assessment: PatientLabel,
        /// The heading of a review.
        pub kind_review: PatientLabel,
        /// The heading of a field test.
        pub kind_field_test: PatientLabel,
        /// The heading of a usability test.
        pub kind_usability_test: PatientLabel,
        /// A lead-in: "When: "
        pub development_when: PatientLabel,
        /// A lead-in: "Where: "
        pub development_where: PatientLabel,
        /// A lead-in: "Who took part: "
        pub development_who: PatientLabel,
        /// A lead-in: "What was found: "
        pub development_found: PatientLabel,
        /// A lead-in: "Where it is reported: "
        pub development_reported: PatientLabel,
        /// A lead-in: "Versions: "
        pub development_versions: PatientLabel,
        /// How many of one role took part: "{count} {role}".
        pub role_count: Template<slots::RoleCount>,
        /// The role word for patients, after a number.
        pub role_patients: PatientLabel,
        /// The role word for clinicians, after a number.
        pub role_clinicians: PatientLabel,
        /// The role word for anyone else, after a number.
        pub role_others: PatientLabel,
        /// Said of a group that had no part in making the aid.
        pub independent: PatientLabel,
    }
}

record! {
    /// Screen words of the knowledge check (`ui.toml`, `[knowledge]`).
    #[derive(Default)]
    pub struct KnowledgeWords {
        /// A lead-in: "✓ That's right."
        pub right: PatientLabel,
        /// A lead-in: "✗ Not quite."
        pub not_quite: PatientLabel,
        /// The running score.
        pub score: Template<slots::RightOfAnswered>,
    }
}

record! {
    /// Screen words of every step (`ui.toml`, `[every_step]`).
    #[derive(Default)]
    pub struct EveryStepWords {
        /// The `aria-label` attribute: "Key points"
        pub key_points: PatientLabel,
        /// A heading: "Key numbers"
        pub key_numbers: PatientLabel,
    }
}

record! {
    /// Screen words of Page not found (`ui.toml`, `[not_found]`).
    #[derive(Default)]
    pub struct NotFoundWords {
        /// A paragraph: "This address is not part of the decision aid. Nothing you en…"
        pub not_part: PatientLabel,
        /// A paragraph: "Go to the start"
        pub go_to_start: PatientLabel,
    }
}

record! {
    /// Screen words of the options step (`ui.toml`, `[options]`).
    #[derive(Default)]
    pub struct OptionsWords {
        /// A button: "Reverse the order of the options"
        pub reverse_order_options: PatientLabel,
        /// Words: "The options at a glance, one column each"
        pub glance_caption: PatientLabel,
        /// Words: "Every question about the options, answered in full, one colu…"
        pub full_caption: PatientLabel,
        /// Words: "Each option in more detail"
        pub each_option: PatientLabel,
        /// Words: "What happens"
        pub what_happens: PatientLabel,
        /// Words: "Good points"
        pub good_points: PatientLabel,
        /// Words: "Bad points"
        pub bad_points: PatientLabel,
        /// Words: "How your body may feel"
        pub how_body_may_feel: PatientLabel,
        /// Words: "How you may feel"
        pub how_may_feel: PatientLabel,
        /// Words: "Time, travel and cost"
        pub time_travel_cost: PatientLabel,
        /// The toggle of every question in full.
        pub every_question: Template<slots::Count>,
    }
}

record! {
    /// Screen words of the outcome steps (`ui.toml`, `[outcome]`).
    #[derive(Default)]
    pub struct OutcomeWords {
        /// The toggle of a panel.
        pub more_about: Template<slots::Heading>,
    }
}

record! {
    /// Screen words of the privacy check (`ui.toml`, `[privacy]`).
    #[derive(Default)]
    pub struct PrivacyWords {
        /// What the field test's study code is.
        pub study_item: PatientLabel,
        /// What the field test's records are.
        pub records_item: PatientLabel,
        /// What records set aside are.
        pub records_set_aside: PatientLabel,
        /// Words: "Clinic settings: default view, text size, idle timeout (no p…"
        pub settings_item: PatientLabel,
        /// Words: "Not written by this app"
        pub not_ours: PatientLabel,
        /// Words: "Offline copy: only this app's own files (page, code, styles,…"
        pub cache_ours: PatientLabel,
        /// Words: "Offline copy of this app, with files from somewhere else as…"
        pub cache_mixed: PatientLabel,
        /// A paragraph: "Blocked. The browser refused to contact another website, bec…"
        pub blocked: PatientLabel,
        /// A paragraph: "The request failed, but not because of the app's policy (the…"
        pub failed_otherwise: PatientLabel,
        /// A paragraph: "Warning: the request was not blocked. Do not enter patient i…"
        pub not_blocked: PatientLabel,
        /// A heading: "What is stored on this device"
        pub stored_heading: PatientLabel,
        /// A paragraph: "Nothing. This app has no data stored in this browser."
        pub nothing_stored: PatientLabel,
        /// A table heading: "Where"
        pub place_column: PatientLabel,
        /// A table heading: "Name"
        pub name_column: PatientLabel,
        /// A table heading: "What it is"
        pub what_column: PatientLabel,
        /// A table heading: "Size"
        pub size_column: PatientLabel,
        /// Words: "This device (offline cache)"
        pub offline_cache: PatientLabel,
        /// A paragraph: "This session holds answers. End session clears them."
        pub holds_answers: PatientLabel,
        /// A paragraph: "This session holds no answers."
        pub holds_no_answers: PatientLabel,
        /// A heading: "Can this app send anything?"
        pub send_heading: PatientLabel,
        /// A paragraph: "Press the button to make the app try to contact another webs…"
        pub send_explained: PatientLabel,
        /// A button: "Try to contact another website"
        pub send_button: PatientLabel,
        /// What the session item in storage is.
        pub session_item: Template<slots::Minutes>,
        /// What closing the tab does.
        pub closing_tab: Template<slots::Minutes>,
        /// The size of a stored item.
        pub characters: Template<slots::Count>,
        /// How many files the offline copy holds.
        pub files: Template<slots::Count>,
        /// Where the session is stored (this tab).
        pub tab_storage: PatientLabel,
        /// Where the settings are stored (this device).
        pub device_storage: PatientLabel,
    }
}

record! {
    /// Screen words of the questions step (`ui.toml`, `[questions]`).
    #[derive(Default)]
    pub struct QuestionsWords {
        /// A question: "Questions I want to ask"
        pub questions_legend: PatientLabel,
        /// A field label: "My notes (they stay on this device and are printed on the su…"
        pub notes_label: PatientLabel,
    }
}

record! {
    /// Screen words of clinic settings (`ui.toml`, `[settings]`).
    #[derive(Default)]
    pub struct SettingsWords {
        /// A paragraph: "These settings are kept on this device for the clinic. They…"
        pub intro: PatientLabel,
        /// Words: "Which view should a new session start in?"
        pub view_question: PatientLabel,
        /// Words: "Text size"
        pub text_size: PatientLabel,
        /// Words: "End the session by itself when no one has touched the screen"
        pub idle_question: PatientLabel,
        /// A question: "The clinic's contact, printed on the take-home summary"
        pub contact_question: PatientLabel,
        /// A paragraph: "Plain text. Leave it empty and the print asks her to get the…"
        pub contact_hint: PatientLabel,
        /// A question: "The aid's web address, for the QR code"
        pub address_question: PatientLabel,
        /// A choice of idle timeout.
        pub after_minutes: Template<slots::Minutes>,
        /// A field label: "Web address"
        pub web_address: PatientLabel,
        /// A paragraph: "The QR code on the take-home summary and on the About screen…"
        pub qr_preview: PatientLabel,
        /// A setting that is too long.
        pub too_long: Template<slots::GivenLimit>,
        /// The hint under a contact line.
        pub at_most: Template<slots::Limit>,
        /// The hint under the web address.
        pub address_hint: Template<slots::Limit>,
        /// A web address the QR code cannot use.
        pub not_for_qr: Template<slots::Reason>,
        /// The standard text size.
        pub size_standard: PatientLabel,
        /// The large text size.
        pub size_large: PatientLabel,
        /// The larger text size.
        pub size_larger: PatientLabel,
        /// The contact line for the clinic.
        pub contact_clinic: PatientLabel,
        /// The contact line for a phone number.
        pub contact_phone: PatientLabel,
        /// The contact line for who to ask.
        pub contact_who: PatientLabel,
        /// The contact line for when to call.
        pub contact_when: PatientLabel,
        /// A web address that is not one.
        pub address_not_web: PatientLabel,
        /// A web address that is too long.
        pub address_too_long: Template<slots::Limit>,
        /// A web address with spaces or quotes.
        pub address_bad_characters: PatientLabel,
        /// A web address with no site name.
        pub address_no_host: PatientLabel,
    }
}

record! {
    /// Screen words of her situation (`ui.toml`, `[situation]`).
    #[derive(Default)]
    pub struct SituationWords {
        /// A button: "Clear these answers"
        pub clear_these_answers: PatientLabel,
        /// A heading: "Evidence that applies to you"
        pub evidence_heading: PatientLabel,
        /// A heading: "What the 2015 review concluded for situations like this"
        pub guidance_heading: PatientLabel,
        /// A paragraph: "Answer the questions above to see what the review said about…"
        pub guidance_unanswered: PatientLabel,
        /// A paragraph: "None of the 2015 review's conclusions matches these answers.…"
        pub guidance_none: PatientLabel,
        /// A paragraph: "These are the conclusions of a 2015 review, not a recommenda…"
        pub guidance_caveat: PatientLabel,
        /// A heading: "What the trials did (not a conclusion of the review)"
        pub trials_heading: PatientLabel,
        /// A lead-in: "Since then:"
        pub since_then: PatientLabel,
        /// A paragraph: "Hypothesis only: from a subgroup, not a planned comparison"
        pub hypothesis_only: PatientLabel,
    }
}

record! {
    /// Screen words of the start screen (`ui.toml`, `[start]`).
    #[derive(Default)]
    pub struct StartWords {
        /// Words: "Short consultation (about 6 minutes)"
        pub short_way: PatientLabel,
        /// A heading: "The decision"
        pub decision: PatientLabel,
        /// Words: "Begin"
        pub begin: PatientLabel,
        /// Words: "About this aid and its evidence"
        pub about_link: PatientLabel,
        /// Words: "Who the numbers are about"
        pub who_numbers_about: PatientLabel,
        /// Words: "How sure do you feel now? (you can skip this)"
        pub sure_heading: PatientLabel,
        /// A paragraph: "These four questions show how sure you feel now. You can ans…"
        pub sure_intro: PatientLabel,
    }
}

record! {
    /// Screen words of the studies step (`ui.toml`, `[studies]`).
    #[derive(Default)]
    pub struct StudiesWords {
        /// Words: "Show the older studies"
        pub show_older_studies: PatientLabel,
        /// A heading: "What the older studies suggested"
        pub what_older_studies_suggested: PatientLabel,
        /// A heading: "The randomised trials"
        pub randomised_trials: PatientLabel,
        /// Words: "Show all the trials put together"
        pub show_all_trials_put: PatientLabel,
        /// A heading: "All the trials put together"
        pub all_trials_put_together: PatientLabel,
        /// A paragraph: "These reviews also pooled studies that were not all shown to…"
        pub less_sure_pools: PatientLabel,
        /// Words: "What changed since the 2015 review, and in this version"
        pub changes_toggle: PatientLabel,
        /// A heading: "What changed since the 2015 review"
        pub changes_heading: PatientLabel,
        /// Words: "More about how the groups differed"
        pub more_about_how_groups: PatientLabel,
        /// Words: "Country and years"
        pub country_years: PatientLabel,
        /// Words: "Size"
        pub size: PatientLabel,
        /// Words: "Design"
        pub design: PatientLabel,
        /// Words: "When chance decided"
        pub when_chance_decided: PatientLabel,
        /// Words: "Local therapy"
        pub local_therapy: PatientLabel,
        /// Words: "What it found"
        pub what_found: PatientLabel,
        /// A table caption: "The randomised trials of treating the breast"
        pub randomised_trials_treating_breast: PatientLabel,
        /// A table heading: "Trial and status"
        pub trial_status: PatientLabel,
        /// Words: "What guidelines say"
        pub what_guidelines_say: PatientLabel,
        /// A lead-in: "The 2015 review said:"
        pub review_said: PatientLabel,
        /// A lead-in: "Published since:"
        pub published_since: PatientLabel,
        /// A lead-in: "Why it matters:"
        pub why_matters: PatientLabel,
        /// The toggle of the trials table.
        pub show_trials: Template<slots::Count>,
        /// A trial's primary end point (clinician view).
        pub primary_end_point: Template<slots::EndPoint>,
        /// How many women a trial had.
        pub women: Template<slots::Count>,
    }
}

record! {
    /// Screen words of the summary and its print (`ui.toml`, `[summary]`).
    #[derive(Default)]
    pub struct SummaryWords {
        /// Her participant number in a field test, on the care team's print.
        pub participant: Template<slots::Participant>,
        /// A button: "Print or save as PDF"
        pub print_save_pdf: PatientLabel,
        /// Words: "For her to take home (large print)"
        pub take_home_link: PatientLabel,
        /// Words: "The decision"
        pub decision: PatientLabel,
        /// A paragraph: "Not filled in."
        pub not_filled_in: PatientLabel,
        /// A lead-in: "What the 2015 review concluded for situations like this (not…"
        pub guidance_lead: PatientLabel,
        /// Words: "Your situation"
        pub situation: PatientLabel,
        /// Words: "The options compared (printed in full)"
        pub options_compared_printed_full: PatientLabel,
        /// Words: "The options compared"
        pub options_compared: PatientLabel,
        /// A paragraph: "Nothing rated."
        pub nothing_rated: PatientLabel,
        /// A paragraph: "No questions ticked."
        pub no_questions_ticked: PatientLabel,
        /// A lead-in: "Leaning:"
        pub leaning: PatientLabel,
        /// A lead-in: "Not set."
        pub not_set: PatientLabel,
        /// Words: "What matters to you"
        pub what_matters: PatientLabel,
        /// Words: "At the start"
        pub at_start: PatientLabel,
        /// Words: "At the end"
        pub at_end: PatientLabel,
        /// Words: "not all answered"
        pub not_all_answered: PatientLabel,
        /// A SURE score on the summary: "3 of 4".
        pub sure_score: Template<slots::ScoreOfTotal>,
        /// A paragraph: "Not answered."
        pub not_answered: PatientLabel,
        /// A paragraph: "Things that might help:"
        pub things_might_help: PatientLabel,
        /// Words: "How sure you feel (SURE test)"
        pub how_sure_feel_sure: PatientLabel,
        /// A lead-in: "Notes:"
        pub notes: PatientLabel,
        /// A paragraph: "None."
        pub none: PatientLabel,
        /// Words: "Your questions and notes"
        pub questions_notes: PatientLabel,
        /// A lead-in: "You got these right:"
        pub got_these_right: PatientLabel,
        /// A lead-in: "To talk about:"
        pub talk_about: PatientLabel,
        /// Words: "Check your understanding"
        pub check_understanding: PatientLabel,
        /// Words: "full consultation"
        pub full_way: PatientLabel,
        /// Words: "short consultation: the options at a glance, what matters to…"
        pub short_way: PatientLabel,
        /// Words: "Sources and funding (printed in full)"
        pub sources_funding_printed_full: PatientLabel,
        /// A lead-in: "Funding and conflicts of interest:"
        pub funding_conflicts_interest: PatientLabel,
        /// Words: "About this summary"
        pub about_summary: PatientLabel,
        /// When and how the summary was made.
        pub made: Template<slots::MadeWay>,
        /// The knowledge check's score.
        pub score: Template<slots::RightOfAnswered>,
        /// A question to talk about, with its answer.
        pub missed_item: Template<slots::QuestionAnswer>,
    }
}

record! {
    /// Screen words of the note for the medical record that the summary copies (`ui.toml`,
    /// `[record_note]`): the button, what it says after, and the note's own sentence frames.
    #[derive(Default)]
    pub struct RecordNoteWords {
        /// A button: "Copy a note for the record"
        pub copy: PatientLabel,
        /// A status: "Copied. Paste it into the record."
        pub copied: PatientLabel,
        /// A status, when the browser does not allow copying: the note is shown to copy by hand.
        pub copy_by_hand: PatientLabel,
        /// A label: "Note for the record"
        pub note_label: PatientLabel,
        /// The note's first line.
        pub heading: Template<slots::Title>,
        /// The options discussed.
        pub options: Template<slots::Items>,
        /// A lead-in: "Key numbers, as the summary gives them:"
        pub key_numbers: PatientLabel,
        /// One option's short answer to a question.
        pub answer: Template<slots::OptionAnswer>,
        /// What she rated most important, and how she rated it.
        pub most_important: Template<slots::LevelItems>,
        /// A line: "Most important to her: nothing rated."
        pub nothing_rated: PatientLabel,
        /// Her leaning.
        pub leaning: Template<slots::Leaning>,
        /// Words: "not set"
        pub not_set: PatientLabel,
        /// The SURE score at the start.
        pub sure_start: Template<slots::Score>,
        /// The SURE score at the end.
        pub sure_end: Template<slots::Score>,
        /// A SURE score out of its total.
        pub sure_score: Template<slots::ScoreOfTotal>,
        /// Words: "not taken"
        pub not_taken: PatientLabel,
    }
}

record! {
    /// Screen words of the take-home print (`ui.toml`, `[take_home]`).
    #[derive(Default)]
    pub struct TakeHomeWords {
        /// A button: "Print in large print"
        pub print_large_print: PatientLabel,
        /// Words: "Back to the summary"
        pub back_summary: PatientLabel,
        /// Words: "Your decision"
        pub decision: PatientLabel,
        /// Words: "Read this aid again"
        pub read_aid_again: PatientLabel,
        /// Words: "About this summary"
        pub about_summary: PatientLabel,
        /// A lead-in: "Main downside:"
        pub main_downside: PatientLabel,
        /// Words: "Your options"
        pub options: PatientLabel,
        /// Words: "Key numbers"
        pub key_numbers: PatientLabel,
        /// Words: "Key harms, in numbers"
        pub key_harms_numbers: PatientLabel,
        /// A lead-in: "Which way you are leaning:"
        pub which_way_leaning: PatientLabel,
        /// A lead-in: "Not set."
        pub not_set: PatientLabel,
        /// Words: "What matters to you"
        pub what_matters: PatientLabel,
        /// A lead-in: "Your notes:"
        pub notes: PatientLabel,
        /// Words: "Your questions and notes"
        pub questions_notes: PatientLabel,
        /// A paragraph: "Ask your care team who to call with questions, and write the…"
        pub ask_care_team: PatientLabel,
        /// Words: "Who to contact"
        pub who_contact: PatientLabel,
        /// When the print was made.
        pub made: Template<slots::Made>,
    }
}

record! {
    /// Screen words of what matters to her (`ui.toml`, `[values]`).
    #[derive(Default)]
    pub struct ValuesWords {
        /// Words: "Which way are you leaning now?"
        pub which_way_leaning_now: PatientLabel,
        /// A heading: "How much does each of these matter to you?"
        pub ratings_heading: PatientLabel,
        /// Words: "What each of these means"
        pub ratings_help: PatientLabel,
        /// A heading: "Which way are you leaning?"
        pub which_way_leaning: PatientLabel,
        /// A button: "Clear my leaning"
        pub clear_my_leaning: PatientLabel,
        /// A heading: "What you said"
        pub what_said: PatientLabel,
        /// Her most important values.
        pub most_important: Template<slots::Items>,
        /// Her leaning.
        pub leaning: Template<slots::Leaning>,
    }
}

record! {
    /// The field test's words (`ui.toml`, `[field_test]`): the frame's banner and the consent,
    /// which she reads too, and the staff's controls and records table. Only the study edition
    /// shows them, so they are in the texts file (the consent and notices as [`StudyLabel`]),
    /// except the slotted sentences and the public edition's own notice and way to the study
    /// edition, which stay in the binary.
    #[derive(Default)]
    pub struct FieldTestWords {
        /// "Study of this aid: {study}."
        pub banner: Template<slots::Study>,
        /// "Taking part as {participant}."
        pub banner_participant: Template<slots::Participant>,
        /// "Not taking part: nothing is recorded."
        pub banner_declined: StudyLabel,
        /// "Not asked yet: the question is on the start screen."
        pub banner_not_asked: StudyLabel,
        /// "This device will not store the study record, so it is not ke…"
        pub record_refused: StudyLabel,
        /// "This device's storage is full, so the study record is not ke…"
        pub record_storage_full: StudyLabel,
        /// "This device holds {count} study records, the most it keeps, …"
        pub record_cap: Template<slots::Count>,
        /// "The study records on this device could not be read. They wer…"
        pub records_set_aside: StudyLabel,
        /// "The study records on this device are near the limit: {count}…"
        pub nearly_full: Template<slots::CountCap>,
        /// "A study of this aid"
        pub consent_heading: StudyLabel,
        /// "Your care team is testing this aid in a study. They ask if t…"
        pub consent_intro: StudyLabel,
        /// "It keeps: how long each step took, your answers to the quick…"
        pub consent_kept: StudyLabel,
        /// "It keeps no name, no notes, none of the questions you ticked…"
        pub consent_not_kept: StudyLabel,
        /// "You can say no. Your care stays the same."
        pub consent_choice: StudyLabel,
        /// "Yes, I agree to take part"
        pub consent_yes: StudyLabel,
        /// "No, do not record anything"
        pub consent_no: StudyLabel,
        /// "Thank you. Your study number is {participant}. Nothing else …"
        pub consent_given: Template<slots::Participant>,
        /// "Nothing about this visit will be recorded."
        pub consent_declined: StudyLabel,
        /// "Field test (research)"
        pub heading: ClinicianLabel,
        /// "For a study of this aid. It stays off unless a research team…"
        pub explained: ClinicianLabel,
        /// "Study code"
        pub code_label: ClinicianLabel,
        /// "3 to 20 capital letters, digits or hyphens, as the study pro…"
        pub code_hint: ClinicianLabel,
        /// "A study code has {min} to {max} characters."
        pub code_length: ClinicianTemplate<slots::MinMax>,
        /// "Use only capital letters A to Z, digits and hyphens, and do …"
        pub code_characters: ClinicianLabel,
        /// "Ethics approval and the study's consent procedure are in pla…"
        pub ethics_label: ClinicianLabel,
        /// "Tick the box to confirm that ethics approval and consent are…"
        pub needs_ethics: ClinicianLabel,
        /// "Switch field-test mode on"
        pub switch_on: ClinicianLabel,
        /// "This device would not store the setting, so field-test mode …"
        pub not_saved: ClinicianLabel,
        /// "Field-test mode is on for study {study}."
        pub on_status: ClinicianTemplate<slots::Study>,
        /// "Records on this device: {count} (at most {cap})."
        pub records_count: ClinicianTemplate<slots::CountCap>,
        /// "Save as CSV (spreadsheet)"
        pub export_csv: ClinicianLabel,
        /// "Save as JSON"
        pub export_json: ClinicianLabel,
        /// "Saved as {file}. Look in this device's downloads."
        pub exported: ClinicianTemplate<slots::File>,
        /// "This browser did not save the file. Use the printable table …"
        pub export_failed: ClinicianLabel,
        /// "Show the records as a printable table"
        pub table_link: ClinicianLabel,
        /// "Delete all records"
        pub delete: ClinicianLabel,
        /// "Delete all {count} study records on this device?"
        pub delete_question: ClinicianTemplate<slots::Count>,
        /// "They cannot be brought back. Save them first if the study ne…"
        pub delete_explained: ClinicianLabel,
        /// "Yes, delete the records"
        pub delete_confirm: ClinicianLabel,
        /// "Cancel"
        pub cancel: ClinicianLabel,
        /// "The study records were deleted."
        pub deleted: ClinicianLabel,
        /// "This device would not delete the records. Try again, or clea…"
        pub delete_failed: ClinicianLabel,
        /// "The study of this aid is on for this device, but this edition of the aid keeps no…"
        pub public_edition_notice: PatientLabel,
        /// "Open the study edition"
        pub open_study_edition: PatientLabel,
        /// "Field-test mode is part of the study edition of this aid: the same web address with…"
        pub in_study_edition: ClinicianLabel,
        /// "This single file has no field-test mode. Open the study edition from the aid's web…"
        pub not_in_single_file: ClinicianLabel,
        /// "The study edition of this aid shows the study records on this device. Staff can…"
        pub records_in_study_edition: ClinicianLabel,
        /// "Switch field-test mode off"
        pub switch_off: ClinicianLabel,
        /// "Field-test mode is off. The records stay until you delete th…"
        pub switched_off: ClinicianLabel,
        /// "The field test's records on this device, one row per consult…"
        pub table_intro: ClinicianLabel,
        /// "No records yet."
        pub no_records: ClinicianLabel,
        /// "Print the table"
        pub print_table: ClinicianLabel,
        /// "Back to Clinic settings"
        pub back_to_settings: ClinicianLabel,
    }
}
