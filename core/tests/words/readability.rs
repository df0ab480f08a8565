//! How hard a text is to read: the Flesch-Kincaid grade and the longest sentence, with
//! sentences counted as a reader counts them.

pub struct Readability {
    pub grade: f64,
    pub longest_sentence: usize,
    pub words: usize,
}

/// A reader's sentences: a sentence ends at ".", "!" or "?" before a space or the end,
/// and at a line break; ":" and ";" join two halves of one sentence ("Why: Sam is ill").
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next_is_space = chars.get(i + 1).is_none_or(|(_, n)| n.is_whitespace());
        if c == '\n' || (matches!(c, '.' | '!' | '?') && next_is_space) {
            out.push(&text[start..at]);
            start = at + c.len_utf8();
        }
    }
    out.push(&text[start..]);
    out.into_iter().map(str::trim).filter(|s| s.chars().any(char::is_alphabetic)).collect()
}

/// Words with a letter in them: "3" and "–" are not words a reader sounds out.
pub fn words_of(sentence: &str) -> usize {
    sentence.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count()
}

/// Flesch-Kincaid grade and the longest sentence in words, for English text.
pub fn readability(text: &str) -> Readability {
    let sentences = sentences(text);
    let words: usize = sentences.iter().map(|s| words_of(s)).sum();
    let syllables: usize = text.split_whitespace().map(syllables).sum();
    let (w, s) = (words.max(1) as f64, sentences.len().max(1) as f64);
    Readability {
        grade: 0.39 * (w / s) + 11.8 * (syllables as f64 / w) - 15.59,
        longest_sentence: longest_sentence(text),
        words,
    }
}

/// The longest sentence in words, in any language.
pub fn longest_sentence(text: &str) -> usize {
    sentences(text).iter().map(|s| words_of(s)).max().unwrap_or(0)
}

/// Vowel groups, less a silent final "e", at least one per word.
pub fn syllables(word: &str) -> usize {
    let word: String = word.chars().filter(|c| c.is_ascii_alphabetic()).collect::<String>().to_lowercase();
    if word.is_empty() {
        return 0;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    let chars: Vec<char> = word.chars().collect();
    let mut groups = 0;
    for (i, &c) in chars.iter().enumerate() {
        if vowel(c) && (i == 0 || !vowel(chars[i - 1])) {
            groups += 1;
        }
    }
    // A silent final "e" ("make", "where"), but not after a consonant and "l" or "r"
    // ("little", British "centre").
    let n = chars.len();
    let consonant_then = |c: char| n >= 3 && chars[n - 2] == c && !vowel(chars[n - 3]);
    let silent_e = word.ends_with('e') && !consonant_then('l') && !consonant_then('r');
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}
