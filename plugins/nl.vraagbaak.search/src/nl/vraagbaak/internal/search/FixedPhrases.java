package nl.vraagbaak.internal.search;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed phrases of written questions that say nothing of their subject: the formulas they open with ("Bent u
 * bekend met het bericht ...", "Kent u het artikel ...", "Herinnert u zich ...", "Kunt u in kaart brengen ...", "Wat is
 * uw reactie op ...") and the prepositions made of words ("op grond van", "naar aanleiding van", "met betrekking tot").
 * Two questions that share one share nothing of their subject, yet as words ("bekend", "bericht", "kaart", "grond")
 * they weighed in the already-asked check like any other: "Bent u bekend met de wijk Tuikwerd in Delfzijl?" was
 * already asked by a question that was "bekend met" a ruling on Delfzijl, and "Op grond van welke wet- of regelgeving
 * kunt u een ministeriële regeling ... maken?" by one on the grounds of a fine.
 */
public final class FixedPhrases {
	/** A publication named right after an opening formula: "het (recente) bericht", "de berichtgeving", "het NOS-artikel". */
	private static final String PUBLICATION = "(?:\\s+(?:het|de|dit|deze|een)\\s+(?:\\p{L}+\\s+)?"
			+ "(?:\\p{L}+-)?(?:bericht|nieuwsbericht|artikel|nieuws|berichtgeving|uitzending|reportage|interview|opiniestuk|column)(?:en)?\\b)?";

	private static final List<Pattern> PHRASES = List.of(
			phrase("\\b(?:bent|is|was)\\s+u\\s+(?:\\p{L}+\\s+)?(?:bekend|op\\s+de\\s+hoogte)\\s+met\\b" + PUBLICATION),
			phrase("\\bis\\s+(?:het|dit)\\s+u\\s+bekend\\b"),
			phrase("\\bkent\\s+u\\b" + PUBLICATION),
			phrase("\\bherinnert\\s+u\\s+zich\\b" + PUBLICATION),
			phrase("\\bhee?f?t\\s+u\\s+kennis\\s*genomen\\s+van\\b" + PUBLICATION),
			phrase("\\bin\\s+kaart\\s+(?:te\\s+)?(?:brengen|gebracht)\\b"),
			phrase("\\buw\\s+(?:reactie|appreciatie)\\s+(?:op|van)\\b" + PUBLICATION),
			phrase("\\bwat\\s+vindt\\s+u\\s+van\\b" + PUBLICATION),
			// prepositions made of words
			phrase("\\b(?:op\\s+(?:grond|basis)|naar\\s+aanleiding|in\\s+het\\s+kader|ten\\s+(?:aanzien|behoeve|opzichte)|als\\s+gevolg|door\\s+middel|aan\\s+de\\s+hand)\\s+(?:van|hiervan|daarvan)\\b"),
			phrase("\\b(?:met\\s+betrekking\\s+tot|in\\s+verband\\s+met)\\b"));

	private FixedPhrases() {
	}

	private static Pattern phrase(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The characters of the text that belong to a fixed phrase. */
	public static BitSet in(String text) {
		BitSet fixed = new BitSet(text.length());
		for (Pattern pattern : PHRASES) {
			Matcher m = pattern.matcher(text);
			while (m.find()) {
				fixed.set(m.start(), m.end());
			}
		}
		return fixed;
	}
}
