//! The Szigriszt-Pazos perspicuity index and the INFLESZ scale, for the plain-language check of
//! patient-view text in Spanish: the counterpart of the English Flesch–Kincaid grade in
//! `readability`.
//!
//! P = 206.835 − 62.3 × (syllables ÷ words) − (words ÷ sentences).
//!
//! The formula is Szigriszt-Pazos's adaptation of Flesch's reading ease to Spanish (F. Szigriszt
//! Pazos, *Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad*,
//! doctoral thesis, 1993; some copies say 1992). Higher is easier. The INFLESZ scale
//! (I. M. Barrio-Cantalejo, P. Simón-Lorda et al., "Validación de la Escala INFLESZ para evaluar
//! la legibilidad de los textos dirigidos a pacientes", *Anales del Sistema Sanitario de Navarra*
//! 2008; 31(2): 135–152) re-bands the same score for today's Spanish readers, in five grades.
//!
//! # Sources read, and what could not be checked
//!
//! Neither the thesis nor the full text of the 2008 paper could be read here, so the constants
//! and the band limits rest on secondary sources that agree with each other:
//!
//! - The paper's own abstract (SciELO,
//!   <https://scielo.isciii.es/scielo.php?script=sci_abstract&pid=S1137-66272008000300004>) names
//!   the score: "Se calcula el Índice de Flesch-Szigriszt (IFSZ) accesible en el programa
//!   informático INFLESZ", and reports "La legibilidad del Quiosco de adultos es 60; de las
//!   Revistas científicas 37,9". It does not print the formula or the bands.
//! - legible.es, "Índice de perspicuidad de Szigriszt-Pazos"
//!   (<https://legible.es/blog/perspicuidad-szigriszt-pazos/>), citing the 1993 thesis: "P =
//!   206.835 – 62.3S/P – P/F", where "P es la perspicuidad; S, el total de sílabas; P, la cantidad
//!   de palabras; F, el número de frases".
//! - A. Muñoz Fernández, "Escala Inflesz" (the legible.es text, read at
//!   <https://cnbguatemala.org/index.php?title=Legible/Escala_Inflesz>), citing the 2008 paper: "I=206.835–62.3SP–PF" and the table "0-40 muy difícil | 40-55 algo
//!   difícil | 55-65 normal | 65-80 bastante fácil | 80-100 muy fácil".
//! - The esTS library's documentation (`SergeyShk/esTS`, `docs/stats/readability_stats.md`):
//!   "`206.835 − 1.0·ASL − 62.3·ASW`" with the INFLESZ bands "`muy difícil` below 40, `algo
//!   difícil` 40-55, `normal` 55-65, `bastante fácil` 65-80, `muy fácil` above 80"; textstat's
//!   `szigriszt_pazos` uses the same 62.3 and cites the legible.es page. (Copies, not sources:
//!   they only show that these constants are the ones in common use. Some copies round the base
//!   to 206.84, a difference of 0.005.)
//!
//! The tables print shared limits ("40-55", "55-65"), so which band a score of exactly 40, 55,
//! 65 or 80 belongs to is not settled by what could be read. This module takes "below 40" and
//! "above 80" literally and gives each shared inner limit to the easier band: muy difícil < 40 ≤
//! algo difícil < 55 ≤ normal < 65 ≤ bastante fácil ≤ 80 < muy fácil. Only the 55 limit matters
//! for the project's rule ([`MINIMUM_PERSPICUITY`]), and there "55 or more" is the rule itself.
//!
//! # Syllables
//!
//! Syllables are counted by vowel nuclei with the rules of the *Ortografía de la lengua
//! española* (RAE, 2010), which make Spanish far more regular than English: a diphthong (a weak
//! vowel, i or u, next to a strong one, a e o, or two different weak ones) or a triphthong is one
//! nucleus; two strong vowels, or an accented weak vowel (í, ú) next to a strong one, are a hiatus
//! (two). The u of que, qui, gue, gui is silent; ü is sounded. A y is a vowel only at the end of a
//! word after a vowel (hoy, muy, Uruguay) or as the word "y". An h between vowels does not stop
//! a diphthong ("ahu-ma-do"), so "prohibir" counts two syllables here (prohi-bir), not the three
//! of the careful spoken "pro-i-bir": the written convention, chosen because it follows from the
//! spelling alone, needs no dictionary, and is the one the academy fixes for the purpose.
//!
//! These are the academy's conventions "a efectos ortográficos", fixed in 1999 and kept in 2010
//! because speakers differ; a summary of the 2010 rules read here (slideshare.net, "Eliminación
//! de la tilde en palabras con diptongos o triptongos ortográficos") lists as diphthongs "vocal
//! abierta (/a/, /e/, /o/) seguida o precedida de vocal cerrada átona (/i/, /u/): … pie, doy,
//! guion …" and "dos vocales cerradas distintas (/i/, /u/): triunfo, … huir, viuda, ruido", and as
//! triphthongs "confiáis, actuáis, puntuéis, guau". A school summary of the *Ortografía* on the h
//! (ceujalitb.blogspot.com, "Reglas uso de h") says "su presencia entre vocales no impide la
//! formación de diptongos (ahu-mado) ni su ruptura (a-hú-ma)". The *Ortografía* itself could not
//! be read here; "prohi-bir" is this module's application of that rule to o + h + i.
//!
//! Glossary terms marked in the prose (`{term}` or `{term|words}`) count as one short word, as in
//! the English check: the reader gets an explanation there, so the score measures the writing
//! around it.

/// The lowest perspicuity the project accepts for patient text in Spanish: INFLESZ "normal" or
/// easier (55 or more), the Spanish counterpart of the English grade limit.
pub const MINIMUM_PERSPICUITY: f64 = 55.0;

/// Word, sentence and syllable counts, as the English check keeps them.
pub use super::readability::Counts;

/// The Szigriszt-Pazos perspicuity of counted text, or `None` for an empty text.
pub fn perspicuity(counts: Counts) -> Option<f64> {
    if counts.words == 0 || counts.sentences == 0 {
        return None;
    }
    let words = f64::from(counts.words);
    Some(206.835 - 62.3 * f64::from(counts.syllables) / words - words / f64::from(counts.sentences))
}

/// The perspicuity of a text (with glossary markup), or `None` when it has no words.
pub fn text_perspicuity(text: &str) -> Option<f64> {
    perspicuity(counts(text))
}

/// The five grades of the INFLESZ scale, from hardest to easiest (so they compare in that order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Inflesz {
    /// Below 40.
    MuyDificil,
    /// 40 up to 55.
    AlgoDificil,
    /// 55 up to 65 (the 2008 paper's abstract puts adult newsstand publications at 60).
    Normal,
    /// 65 up to and including 80.
    BastanteFacil,
    /// Above 80.
    MuyFacil,
}

impl Inflesz {
    /// The grade of a perspicuity score (limits as in the module doc). A score that is not a
    /// number falls in the hardest grade, so a broken count can never pass the check.
    pub fn of(score: f64) -> Self {
        if score > 80.0 {
            Self::MuyFacil
        } else if score >= 65.0 {
            Self::BastanteFacil
        } else if score >= 55.0 {
            Self::Normal
        } else if score >= 40.0 {
            Self::AlgoDificil
        } else {
            Self::MuyDificil
        }
    }

    /// The grade's name on the INFLESZ scale, in Spanish.
    pub fn label(self) -> &'static str {
        match self {
            Self::MuyDificil => "muy difícil",
            Self::AlgoDificil => "algo difícil",
            Self::Normal => "normal",
            Self::BastanteFacil => "bastante fácil",
            Self::MuyFacil => "muy fácil",
        }
    }
}

/// The vowel classes syllabification needs.
#[derive(Clone, Copy, PartialEq)]
enum Vowel {
    /// a e o, accented or not, and the accented í ú, which break a diphthong with a strong vowel
    /// just as a strong vowel does: each is a nucleus of its own next to a strong vowel.
    Strong,
    /// i u ü, and a y read as a vowel: one nucleus with a neighbouring vowel.
    Weak(char),
}

/// The class of a lowercase letter, or `None` for a consonant (y is decided by position).
fn vowel(c: char) -> Option<Vowel> {
    match c {
        'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú' => Some(Vowel::Strong),
        // ü is the u of güe, güi: sounded, so a vowel like any u.
        'i' | 'u' | 'ü' => Some(Vowel::Weak(if c == 'ü' { 'u' } else { c })),
        _ => None,
    }
}

/// Syllables in one Spanish word, by vowel nuclei (the rules in the module doc). Case, digits and
/// any other non-letter are ignored; a word with no vowel (an abbreviation such as "mg", or a
/// number) counts as one, as in the English counter, so that it weighs as one short word.
pub fn syllables(word: &str) -> u32 {
    // Lowercase letters only. h is dropped: it is silent, and in the written convention an h
    // between vowels does not part them ("prohi-bir").
    let letters: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .filter(|&c| c != 'h')
        .collect();
    let last = letters.len().saturating_sub(1);
    let mut classes = Vec::with_capacity(letters.len());
    for (i, &c) in letters.iter().enumerate() {
        let previous = i.checked_sub(1).and_then(|p| letters.get(p)).copied();
        let next = letters.get(i + 1).copied();
        let class = match c {
            // The u of que, qui, gue, gui only marks the hard consonant: not a vowel.
            'u' if previous == Some('q')
                || (previous == Some('g') && matches!(next, Some('e' | 'é' | 'i' | 'í'))) =>
            {
                None
            }
            // y is a vowel alone ("y") or at the end after a vowel ("hoy", "muy", "Uruguay");
            // elsewhere it starts a syllable as a consonant ("ya", "mayo", "reyes").
            'y' if letters.len() == 1 || (i == last && previous.and_then(vowel).is_some()) => {
                Some(Vowel::Weak('i'))
            }
            _ => vowel(c),
        };
        classes.push(class);
    }
    let mut count = 0;
    let mut run: Vec<Vowel> = Vec::new();
    for class in classes.into_iter().chain([None]) {
        match class {
            Some(v) => run.push(v),
            None => {
                count += nuclei(&run);
                run.clear();
            }
        }
    }
    count.max(1)
}

/// Nuclei in one run of adjacent vowels. Each strong vowel (or accented í, ú) is a nucleus of its
/// own, and the weak vowels around it join it: a diphthong or triphthong ("bue-no", "buey") is
/// one, two strong vowels ("po-e-ta") are two. A run of weak vowels only is one ("ciu-dad",
/// "cui-da-do"), except that the same weak vowel twice is a hiatus ("chi-i-ta").
fn nuclei(run: &[Vowel]) -> u32 {
    if run.is_empty() {
        return 0;
    }
    let strong = run.iter().filter(|&&v| v == Vowel::Strong).count();
    let repeated = run
        .windows(2)
        .filter(|pair| matches!(pair, [Vowel::Weak(a), Vowel::Weak(b)] if a == b))
        .count();
    u32::try_from(strong.max(1) + repeated).unwrap_or(u32::MAX)
}

/// Counts a Spanish text with glossary markup: each marked term is one word of one syllable;
/// every other word counts as written, with the Spanish syllable and sentence rules. Text whose
/// markup does not parse is counted as plain words.
pub fn counts(text: &str) -> Counts {
    super::readability::counts_by(text, syllables, sentences)
}

/// Whether a character ends a sentence in Spanish. The opening ¿ and ¡ do not: the sentence ends
/// at the matching ? or !. Unlike the English check, `:` and `;` do not end one either: the
/// INFLESZ "frase" runs to a full stop, question, exclamation or ellipsis.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Whether a character may close a sentence after its end mark (`?»`, `.)`).
fn closes(c: char) -> bool {
    matches!(c, '»' | '”' | '"' | '\'' | '’' | ')' | ']')
}

/// Sentences: ends marked by `.`, `!`, `?` or `…` (closing quotes or brackets may follow) before a
/// space or the end of the text; a text with no end mark is one sentence (a heading, a list
/// item). A mark inside a sentence ("¿Viene?, preguntó"; "16.3"; "...") ends nothing.
pub fn sentences(text: &str) -> u32 {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut count = 0;
    for (i, &c) in chars.iter().enumerate() {
        if ends_sentence(c) {
            let after = chars.get(i + 1..).unwrap_or_default();
            let next = after.iter().find(|&&n| !closes(n));
            if next.is_none_or(|n| n.is_whitespace()) {
                count += 1;
            }
        }
    }
    let ends_marked = chars
        .iter()
        .rev()
        .find(|&&c| !closes(c))
        .is_some_and(|&c| ends_sentence(c));
    if !ends_marked && !chars.is_empty() {
        count += 1;
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words counted by hand, with the division of the *Ortografía* (2010) in each comment.
    const WORDS: &[(&str, u32)] = &[
        // Monosyllables, with diphthongs that stay one syllable.
        ("sol", 1),   // sol
        ("pan", 1),   // pan
        ("fue", 1),   // fue
        ("pie", 1),   // pie
        ("dio", 1),   // dio
        ("guion", 1), // guion (u silent; io a diphthong: one syllable since 2010)
        // Diphthongs: weak + strong, strong + weak, two different weak vowels.
        ("aire", 2),     // ai-re
        ("causa", 2),    // cau-sa
        ("peine", 2),    // pei-ne
        ("bueno", 2),    // bue-no
        ("tierra", 2),   // tie-rra
        ("piano", 2),    // pia-no
        ("ciudad", 2),   // ciu-dad
        ("ruido", 2),    // rui-do
        ("cuidado", 3),  // cui-da-do
        ("construí", 2), // cons-truí (u + í stays a diphthong: no strong vowel)
        ("huir", 1),     // huir (two different weak vowels; one syllable since 2010)
        ("confiáis", 2), // con-fiáis
        ("guau", 1),     // guau (u sounded before a; a triphthong)
        ("agua", 2),     // a-gua (u sounded before a)
        // Hiatus of two strong vowels.
        ("poeta", 3),  // po-e-ta
        ("leer", 2),   // le-er
        ("caos", 2),   // ca-os
        ("aéreo", 4),  // a-é-re-o
        ("océano", 4), // o-cé-a-no
        // Hiatus of an accented weak vowel with a strong one.
        ("día", 2),  // dí-a
        ("país", 2), // pa-ís
        ("Raúl", 2), // Ra-úl
        ("baúl", 2), // ba-úl
        ("reír", 2), // re-ír
        ("maíz", 2), // ma-íz
        ("oído", 3), // o-í-do
        ("leía", 3), // le-í-a
        // The same weak vowel twice: a hiatus.
        ("chiita", 3), // chi-i-ta
        // Triphthongs.
        ("buey", 1),       // buey
        ("Uruguay", 3),    // U-ru-guay
        ("Paraguay", 3),   // Pa-ra-guay
        ("estudiáis", 3),  // es-tu-diáis
        ("limpiáis", 2),   // lim-piáis
        ("averiguáis", 4), // a-ve-ri-guáis (u sounded before á)
        // Silent u in que, qui, gue, gui.
        ("queso", 2),    // que-so
        ("quince", 2),   // quin-ce
        ("aquí", 2),     // a-quí
        ("guerra", 2),   // gue-rra
        ("guitarra", 3), // gui-ta-rra
        ("seguir", 2),   // se-guir
        ("guía", 2),     // guí-a
        // ü sounded in güe, güi.
        ("pingüino", 3),    // pin-güi-no
        ("cigüeña", 3),     // ci-güe-ña
        ("vergüenza", 3),   // ver-güen-za
        ("lingüística", 4), // lin-güís-ti-ca
        // y: a vowel alone or at the end after a vowel, a consonant before a vowel.
        ("y", 1),     // y
        ("hoy", 1),   // hoy
        ("muy", 1),   // muy
        ("rey", 1),   // rey
        ("hay", 1),   // hay
        ("estoy", 2), // es-toy
        ("ya", 1),    // ya
        ("mayo", 2),  // ma-yo
        ("reyes", 2), // re-yes
        // h between vowels does not part a diphthong (the written convention).
        ("prohibir", 2),  // prohi-bir
        ("ahumado", 3),   // ahu-ma-do
        ("rehusar", 2),   // rehu-sar
        ("ahuecar", 3),   // a-hue-car
        ("ahora", 3),     // a-ho-ra (two strong vowels)
        ("alcohol", 3),   // al-co-hol
        ("zanahoria", 4), // za-na-ho-ria
        ("búho", 2),      // bú-ho (accented ú)
        ("ahí", 2),       // a-hí
        ("prohíbe", 3),   // pro-hí-be
        ("hinchazón", 3), // hin-cha-zón
        // Capitals and accents.
        ("ÁRBOL", 2),   // ÁR-BOL
        ("Ángel", 2),   // Án-gel
        ("ÑANDÚ", 2),   // ÑAN-DÚ
        ("CIRUGÍA", 4), // CI-RU-GÍ-A
        ("Queso", 2),   // Que-so
        // Medical words.
        ("quimioterapia", 5), // qui-mio-te-ra-pia
        ("radioterapia", 5),  // ra-dio-te-ra-pia
        ("mastectomía", 5),   // mas-tec-to-mí-a
        ("lumpectomía", 5),   // lum-pec-to-mí-a
        ("linfedema", 4),     // lin-fe-de-ma
        ("metástasis", 4),    // me-tás-ta-sis
        ("cirugía", 4),       // ci-ru-gí-a
        ("tumor", 2),         // tu-mor
        ("ganglios", 2),      // gan-glios
        ("hormonal", 3),      // hor-mo-nal
        ("tratamiento", 4),   // tra-ta-mien-to
        ("biopsia", 2),       // biop-sia
        ("oncología", 5),     // on-co-lo-gí-a
        ("diagnóstico", 4),   // diag-nós-ti-co
        ("tamoxifeno", 5),    // ta-mo-xi-fe-no
        ("paciente", 3),      // pa-cien-te
        ("secundarios", 4),   // se-cun-da-rios
        ("axila", 3),         // a-xi-la
        // No vowel: one short word.
        ("mg", 1),  // an abbreviation
        ("16", 1),  // a number
        ("TAC", 1), // TAC
    ];

    #[test]
    fn hand_counted_words() {
        assert!(WORDS.len() >= 40);
        for &(word, expected) in WORDS {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn case_and_punctuation_do_not_change_a_count() {
        for &(word, expected) in WORDS {
            assert_eq!(
                syllables(&word.to_uppercase()),
                expected,
                "{word} in capitals"
            );
            assert_eq!(
                syllables(&word.to_lowercase()),
                expected,
                "{word} in lowercase"
            );
            for dressed in [
                format!("¿{word}?"),
                format!("¡{word}!"),
                format!("«{word}»,"),
                format!("({word})."),
            ] {
                assert_eq!(syllables(&dressed), expected, "{dressed}");
            }
        }
    }

    #[test]
    fn digits_inside_a_word_are_ignored() {
        assert_eq!(syllables("covid19"), 2);
        assert_eq!(syllables("3ª"), 1);
        assert_eq!(syllables(""), 1);
    }

    /// Perspicuity by hand: 206.835 − 62.3 × syllables per word − words per sentence.
    fn by_hand(words: u32, sentences: u32, syllables: u32) -> f64 {
        206.835
            - 62.3 * f64::from(syllables) / f64::from(words)
            - f64::from(words) / f64::from(sentences)
    }

    #[test]
    fn the_score_is_the_szigriszt_pazos_formula() {
        // 100 words in 5 sentences, 200 syllables: 206.835 − 62.3 × 2 − 20 = 62.235.
        let counts = Counts {
            words: 100,
            sentences: 5,
            syllables: 200,
        };
        assert!((perspicuity(counts).unwrap() - 62.235).abs() < 1e-9);
        for (words, sentences, syllables) in [(12, 1, 24), (7, 3, 20), (40, 8, 81), (1, 1, 1)] {
            let counts = Counts {
                words,
                sentences,
                syllables,
            };
            let score = perspicuity(counts).unwrap();
            assert!(
                (score - by_hand(words, sentences, syllables)).abs() < 1e-9,
                "{counts:?}"
            );
        }
        // Longer sentences and longer words each lower the score.
        let base = Counts {
            words: 30,
            sentences: 3,
            syllables: 60,
        };
        let longer_sentences = Counts {
            sentences: 2,
            ..base
        };
        let longer_words = Counts {
            syllables: 66,
            ..base
        };
        assert!(perspicuity(longer_sentences) < perspicuity(base));
        assert!(perspicuity(longer_words) < perspicuity(base));
    }

    #[test]
    fn a_text_with_no_words_or_no_sentences_has_no_score() {
        let no_words = Counts {
            words: 0,
            sentences: 1,
            syllables: 0,
        };
        let no_sentences = Counts {
            words: 5,
            sentences: 0,
            syllables: 9,
        };
        assert_eq!(perspicuity(no_words), None);
        assert_eq!(perspicuity(no_sentences), None);
        assert_eq!(text_perspicuity("  "), None);
        assert_eq!(counts(" ¿? "), Counts::default());
    }

    /// Asserts a text's hand counts and its hand-worked score (to within 0.05).
    fn assert_text(text: &str, hand: (u32, u32, u32), score: f64, grade: Inflesz) {
        let counted = counts(text);
        assert_eq!(
            (counted.words, counted.sentences, counted.syllables),
            hand,
            "{text}"
        );
        let computed = perspicuity(counted).unwrap();
        assert!((computed - score).abs() < 0.05, "{text}: {computed}");
        assert_eq!(Inflesz::of(computed), grade, "{text}");
    }

    #[test]
    fn a_short_plain_text_by_hand() {
        // El(1) lin-fe-de-ma(4) es(1) la(1) hin-cha-zón(3) del(1) bra-zo(2): 7 words, 13.
        // Pue-de(2) a-pa-re-cer(4) des-pués(2) de(1) la(1) ci-ru-gí-a(4): 6 words, 14.
        // ¿Qué(1) pue-de(2) ha-cer(2)?: 3 words, 5.
        // Mue-va(2) el(1) bra-zo(2) ca-da(2) dí-a(2): 5 words, 9.
        // 21 words, 4 sentences, 41 syllables:
        // 206.835 − 62.3 × 41 ÷ 21 − 21 ÷ 4 = 206.835 − 121.633 − 5.25 = 79.95: bastante fácil.
        assert_text(
            "El linfedema es la hinchazón del brazo. Puede aparecer después de la cirugía. \
             ¿Qué puede hacer? Mueva el brazo cada día.",
            (21, 4, 41),
            79.95,
            Inflesz::BastanteFacil,
        );
    }

    #[test]
    fn a_denser_medical_text_by_hand() {
        // La(1) qui-mio-te-ra-pia(5) y(1) la(1) ra-dio-te-ra-pia(5) son(1) par-te(2) del(1)
        // tra-ta-mien-to(4): 9 words, 21.
        // La(1) te-ra-pia(3) hor-mo-nal(3) re-du-ce(3) el(1) ries-go(2) de(1) me-tás-ta-sis(4)
        // du-ran-te(3) mu-chos(2) a-ños(2): 11 words, 25.
        // 20 words, 2 sentences, 46 syllables:
        // 206.835 − 62.3 × 2.3 − 10 = 206.835 − 143.29 − 10 = 53.5: algo difícil.
        assert_text(
            "La quimioterapia y la radioterapia son parte del tratamiento. La terapia hormonal \
             reduce el riesgo de metástasis durante muchos años.",
            (20, 2, 46),
            53.5,
            Inflesz::AlgoDificil,
        );
    }

    #[test]
    fn a_text_with_opening_marks_an_ellipsis_and_a_glossary_term_by_hand() {
        // ¡Ho-la!(2) | ¿Tie-ne(2) {linfedema}(1)? | Ca-mi-ne(3) un(1) po-co(2) ca-da(2) dí-a(2)…
        // | Be-ba(2) a-gua(2). 10 words, 4 sentences (¡ and ¿ open, they do not end), 19:
        // 206.835 − 62.3 × 1.9 − 10 ÷ 4 = 206.835 − 118.37 − 2.5 = 85.965: muy fácil.
        assert_text(
            "¡Hola! ¿Tiene {linfedema}? Camine un poco cada día… Beba agua.",
            (10, 4, 19),
            85.965,
            Inflesz::MuyFacil,
        );
    }

    #[test]
    fn sentence_ends_in_spanish() {
        assert_eq!(sentences("¿Viene? ¡Sí! Bien."), 3);
        assert_eq!(sentences("¿Viene?, preguntó."), 1);
        assert_eq!(sentences("Dijo: «¿Viene?» Luego se fue."), 2);
        assert_eq!(sentences("Espere... Ya está."), 2);
        assert_eq!(sentences("Fue el 16.3 % de los casos. Luego bajó"), 2);
        assert_eq!(sentences("Un título"), 1);
        // A colon or semicolon goes on with the sentence.
        assert_eq!(sentences("Tres cosas: andar, comer; dormir."), 1);
    }

    #[test]
    fn only_marked_glossary_terms_count_as_one_short_word() {
        let marked = counts("El {linfedema} puede durar.");
        assert_eq!((marked.words, marked.syllables), (4, 1 + 1 + 2 + 2));
        let shown = counts("El {linfedema|brazo hinchado} puede durar.");
        assert_eq!((shown.words, shown.syllables), (4, 6));
        let unmarked = counts("El linfedema puede durar.");
        assert_eq!((unmarked.words, unmarked.syllables), (4, 1 + 4 + 2 + 2));
        assert_eq!(
            counts("Puede causar {linfedema}. Puede durar.").sentences,
            2
        );
    }

    #[test]
    fn slashes_dashes_and_hyphens_part_words() {
        // y(1) o(1) | 30(1) 40(1) | sí(1) no(1) | fí-si-co(3) quí-mi-co(3)
        let parted = counts("y/o 30–40 sí—no físico-químico");
        assert_eq!((parted.words, parted.syllables), (7, 12));
    }

    #[test]
    fn counts_of_two_texts_add_field_by_field() {
        let a = counts("Beba agua. Camine.");
        let b = counts("La cirugía ayuda.");
        let both = a.plus(b);
        assert_eq!(both.words, a.words + b.words);
        assert_eq!(both.sentences, a.sentences + b.sentences);
        assert_eq!(both.syllables, a.syllables + b.syllables);
        // La(1) ci-ru-gí-a(4) a-yu-da(3).
        assert_eq!((b.words, b.sentences, b.syllables), (3, 1, 8));
    }

    #[test]
    fn inflesz_band_edges() {
        for (score, grade) in [
            (0.0, Inflesz::MuyDificil),
            (39.99, Inflesz::MuyDificil),
            (40.0, Inflesz::AlgoDificil),
            (54.99, Inflesz::AlgoDificil),
            (55.0, Inflesz::Normal),
            (64.99, Inflesz::Normal),
            (65.0, Inflesz::BastanteFacil),
            (80.0, Inflesz::BastanteFacil),
            (80.01, Inflesz::MuyFacil),
            (100.0, Inflesz::MuyFacil),
            (f64::NAN, Inflesz::MuyDificil),
        ] {
            assert_eq!(Inflesz::of(score), grade, "{score}");
        }
        assert_eq!(Inflesz::of(MINIMUM_PERSPICUITY), Inflesz::Normal);
        assert!(Inflesz::of(MINIMUM_PERSPICUITY - 0.01) < Inflesz::Normal);
        assert!(Inflesz::MuyDificil < Inflesz::MuyFacil);
    }

    #[test]
    fn inflesz_labels_are_the_scale_s_own_words() {
        assert_eq!(
            [
                Inflesz::MuyDificil,
                Inflesz::AlgoDificil,
                Inflesz::Normal,
                Inflesz::BastanteFacil,
                Inflesz::MuyFacil,
            ]
            .map(Inflesz::label),
            [
                "muy difícil",
                "algo difícil",
                "normal",
                "bastante fácil",
                "muy fácil"
            ]
        );
    }
}
