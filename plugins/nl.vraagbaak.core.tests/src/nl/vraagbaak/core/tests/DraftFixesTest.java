package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.draft.DraftFixes;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.ParsedDraft;

/** The quick fixes of a draft's errors: each mends its error and leaves every other character of the text as it was. */
class DraftFixesTest {
	private static final String HEADING = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en "
			+ "Veiligheid over chatcontrole.\n\n";
	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	@Test
	void aFootnoteReferencedButNotDefinedIsAddedAfterTheQuestions() {
		String draft = HEADING + "1. Wat kost het onderhoud van de Afsluitdijk? [1]\n";
		DraftFixes.Fix fix = onlyFix(draft);
		assertEquals("Voetnoot [1] toevoegen na de vragen", fix.label().in(DUTCH));
		String fixed = fix.applyTo(draft);
		assertEquals(draft + "\n[1] ", fixed);
		// with the source typed after it, nothing is wrong any more
		assertEquals(List.of(), DraftFormat.parse(fixed + "Rijkswaterstaat, 2025.\n").problems());

		String second = HEADING + "1. Eerste vraag? [1]\n\n2. Tweede vraag? [2]\n\n[1] Een bron.";
		assertEquals(second + "\n[2] ", onlyFix(second).applyTo(second), "after the footnotes there are");
	}

	@Test
	void aLineOutsideAQuestionBecomesTheNextQuestionOrGoes() {
		String draft = HEADING + "1. Eerste vraag?\n\nNB: nog navragen bij Justitie.\n\n2. Tweede vraag?\n";
		List<DraftFixes.Fix> fixes = DraftFixes.of(draft, firstError(draft));
		assertEquals(List.of("Maak van de regel vraag 2", "Regel 5 verwijderen"), fixes.stream().map(f -> f.label().in(DUTCH)).toList());

		ParsedDraft asked = DraftFormat.parse(fixes.get(0).applyTo(draft));
		assertFalse(asked.hasErrors(), asked.problems().toString());
		assertEquals(List.of("Eerste vraag?", "NB: nog navragen bij Justitie.", "Tweede vraag?"), asked.draft().plainQuestions());

		String deleted = fixes.get(1).applyTo(draft);
		assertEquals(HEADING + "1. Eerste vraag?\n\n\n2. Tweede vraag?\n", deleted);
		assertFalse(DraftFormat.parse(deleted).hasErrors());
	}

	@Test
	void anUnknownDirectiveIsDeletedAndAFootnoteDefinedTwiceIsLeftToTheUser() {
		String directive = HEADING + "1. Eerste vraag?\n\n% later: bron zoeken\n% negeer: 001_4a688004c2e20cff.txt#26\n";
		String fixed = onlyFix(directive).applyTo(directive);
		assertEquals(HEADING + "1. Eerste vraag?\n\n% negeer: 001_4a688004c2e20cff.txt#26\n", fixed);
		assertFalse(DraftFormat.parse(fixed).hasErrors());

		String twice = HEADING + "1. Eerste vraag? [1]\n\n[1] Een bron.\n[1] Een andere bron,\nover twee regels.\n";
		assertEquals(List.of(), DraftFixes.of(twice, firstError(twice)));
	}

	private static DraftFixes.Fix onlyFix(String draft) {
		List<DraftFixes.Fix> fixes = DraftFixes.of(draft, firstError(draft));
		assertEquals(1, fixes.size(), fixes.toString());
		return fixes.get(0);
	}

	private static DraftProblem firstError(String draft) {
		return DraftFormat.parse(draft).firstError().orElseThrow();
	}
}
