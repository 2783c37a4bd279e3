//! The optional situation form (`situation.toml`, `[form]`): each question and its answers, one
//! named field per answer, so the form's words are content (checked like every patient text) and
//! each answer is tied to the answer the app records (`domain::situation`) by its field name.

use super::PatientText;
use super::text::PatientLabel;

record! {
    place = "situation.toml form";
    /// The questions of the situation form, in the order asked.
    #[derive(Default)]
    pub struct SituationForm {
        /// Is the breast tumour causing problems?
        pub breast_problems: YesNoUnsureQuestion,
        /// How is the cancer elsewhere doing on medicines?
        pub response: ResponseQuestion,
        /// Where has the cancer spread?
        pub sites: SitesQuestion,
        /// How many spots outside the breast?
        pub extent: ExtentQuestion,
        /// Hormone receptor status.
        pub hormone: StatusQuestion,
        /// HER2 status.
        pub her2: StatusQuestion,
        /// Is a clinical trial open to her?
        pub trial: YesNoNotKnownQuestion,
    }
}

record! {
    /// A question answered yes, no or not sure.
    #[derive(Default)]
    pub struct YesNoUnsureQuestion {
        /// The question, with glossary terms marked.
        pub question: PatientText,
        /// Yes.
        pub yes: PatientLabel,
        /// No.
        pub no: PatientLabel,
        /// Not sure.
        pub unsure: PatientLabel,
    }
}

record! {
    /// A question answered yes, no or not known.
    #[derive(Default)]
    pub struct YesNoNotKnownQuestion {
        /// The question, with glossary terms marked.
        pub question: PatientText,
        /// Yes.
        pub yes: PatientLabel,
        /// No.
        pub no: PatientLabel,
        /// Not known.
        pub not_known: PatientLabel,
    }
}

record! {
    /// How the cancer elsewhere is doing on medicines.
    #[derive(Default)]
    pub struct ResponseQuestion {
        /// The question, with glossary terms marked.
        pub question: PatientText,
        /// Medicines not started yet.
        pub not_started: PatientLabel,
        /// Shrinking or staying the same.
        pub responding_or_stable: PatientLabel,
        /// Growing.
        pub growing: PatientLabel,
    }
}

record! {
    /// Where the cancer has spread.
    #[derive(Default)]
    pub struct SitesQuestion {
        /// The question, with glossary terms marked.
        pub question: PatientText,
        /// Bone only.
        pub bone_only: PatientLabel,
        /// Organs such as the lungs, liver or brain.
        pub organs: PatientLabel,
        /// Both bone and organs.
        pub both: PatientLabel,
    }
}

record! {
    /// How many spots of cancer outside the breast.
    #[derive(Default)]
    pub struct ExtentQuestion {
        /// The question, with glossary terms marked.
        pub question: PatientText,
        /// One or a few.
        pub one_or_few: PatientLabel,
        /// Many.
        pub many: PatientLabel,
    }
}

record! {
    /// A receptor status.
    #[derive(Default)]
    pub struct StatusQuestion {
        /// The question, with glossary terms marked.
        pub question: PatientText,
        /// Positive.
        pub positive: PatientLabel,
        /// Negative.
        pub negative: PatientLabel,
        /// Not known.
        pub not_known: PatientLabel,
    }
}
