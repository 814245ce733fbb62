package nl.vraagbaak.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.PassageRef;
import nl.vraagbaak.core.draft.Asker;
import nl.vraagbaak.core.draft.Draft;
import nl.vraagbaak.core.draft.DraftFormat;
import nl.vraagbaak.core.draft.DraftHeading;
import nl.vraagbaak.core.draft.DraftProblem;
import nl.vraagbaak.core.draft.NumberingStyle;
import nl.vraagbaak.core.draft.ParsedDraft;

/** The .kv draft format: heading, numbered questions, footnotes, directives; round trips and errors with lines. */
class DraftFormatTest {
	private static final String CANONICAL = """
			Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid en de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over Europese ontwikkelingen rondom chatcontrole (ingezonden 13 november 2025).

			1. Kunt u toelichten wat er vandaag besproken wordt door de Law Enforcement Working Party? [1]

			2. Heeft u advies ingewonnen van de AIVD? Zo ja, wat houdt dat in? Zo nee, waarom niet? [2]

			[1] Consilium, "Law Enforcement Working Party", 12 november 2025.
			[2] Kamerstuk 32 317, nr. 891.

			% negeer: 004_7b21e46fa3f5df7d.txt#8
			% woorden: weglakking, Kwintiel
			""";

	@Test
	void parsesHeadingQuestionsFootnotesAndDirectives() {
		ParsedDraft parsed = DraftFormat.parse(CANONICAL);
		assertEquals(List.of(), parsed.problems());
		Draft draft = parsed.draft();
		DraftHeading h = draft.heading();
		assertEquals(List.of(new Asker("Kathmann", "GroenLinks-PvdA")), h.askers());
		assertEquals(List.of("de minister van Justitie en Veiligheid",
				"de staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"), h.addressees());
		assertEquals("Europese ontwikkelingen rondom chatcontrole", h.subject());
		assertEquals(LocalDate.of(2025, 11, 13), h.submitted());
		assertEquals(2, draft.questions().size());
		assertTrue(draft.questions().get(1).text().startsWith("Heeft u advies ingewonnen van de AIVD? Zo ja,"));
		assertEquals("Kamerstuk 32 317, nr. 891.", draft.footnote(2).text());
		assertEquals(List.of(new PassageRef("004_7b21e46fa3f5df7d.txt", 8)), draft.ignored());
		assertEquals(List.of("weglakking", "Kwintiel"), draft.words());
		assertEquals(3, parsed.spans().get(0).firstLine());
	}

	@Test
	void wordsAcceptedInTheDraftAreOneDirectiveWhateverTheirSeparators() {
		String draft = CANONICAL.replace("% woorden: weglakking, Kwintiel\n", "% woorden: weglakking kwintiel\n% words: Kathmann,  weglakking\n");
		Draft parsed = DraftFormat.parse(draft).draft();
		assertEquals(List.of("weglakking", "kwintiel", "Kathmann"), parsed.words());
		assertTrue(DraftFormat.print(parsed.acceptingWord("tapsysteem").acceptingWord("kwintiel"))
				.endsWith("% negeer: 004_7b21e46fa3f5df7d.txt#8\n% woorden: weglakking, kwintiel, Kathmann, tapsysteem\n"));
	}

	@Test
	void canonicalTextRoundTripsExactly() {
		assertEquals(CANONICAL, DraftFormat.print(DraftFormat.parse(CANONICAL).draft()));
	}

	@Test
	void aNumberWithoutTheSpaceStillStartsAQuestionAndPrintingWritesTheSpace() {
		String typed = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over de AIVD."
				+ "\n\n1.Heeft de AIVD advies gegeven?\n\n2. Hoeveel kost dat? Naar schatting 1.5 miljoen?\n";
		ParsedDraft parsed = DraftFormat.parse(typed);
		assertEquals(List.of(), parsed.problems());
		assertEquals(List.of("Heeft de AIVD advies gegeven?", "Hoeveel kost dat? Naar schatting 1.5 miljoen?"),
				parsed.draft().questions().stream().map(q -> q.text()).toList());
		assertTrue(DraftFormat.print(parsed.draft()).contains("\n1. Heeft de AIVD advies gegeven?\n"));
		// a digit after the full stop is an amount, not question 1
		ParsedDraft amount = DraftFormat.parse(typed.replace("1.Heeft", "1.5 miljoen euro: heeft"));
		assertTrue(amount.hasErrors(), amount.problems().toString());
	}

	@Test
	void severalAskersAndVraagNumbering() {
		String text = """
				Vragen van de leden Six Dijkstra (NSC), Kathmann (GroenLinks-PvdA) en Van Baarle (DENK) aan de minister van Justitie en Veiligheid over chatcontrole.

				Vraag 1
				Bent u bekend met het bericht?

				Vraag 2
				Deelt u de zorgen
				van de AIVD?
				""";
		ParsedDraft parsed = DraftFormat.parse(text);
		assertEquals(List.of(), parsed.problems());
		assertEquals(List.of(new Asker("Six Dijkstra", "NSC"), new Asker("Kathmann", "GroenLinks-PvdA"),
				new Asker("Van Baarle", "DENK")), parsed.draft().heading().askers());
		assertEquals(NumberingStyle.VRAAG, parsed.draft().numbering());
		assertEquals("Deelt u de zorgen van de AIVD?", parsed.draft().questions().get(1).text());
		assertEquals(DraftFormat.parse(DraftFormat.print(parsed.draft())).draft(), parsed.draft());
	}

	@Test
	void printingRenumbersQuestionsAndFootnotes() {
		String text = """
				Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over chatcontrole.

				3. Eerste vraag? [7]

				1. Tweede vraag? [2]

				[2] Bron twee.
				[7] Bron zeven.
				""";
		ParsedDraft parsed = DraftFormat.parse(text);
		assertEquals(2, parsed.problems().stream().filter(p -> p.severity() == DraftProblem.Severity.WARNING).count());
		assertFalse(parsed.hasErrors());
		String printed = DraftFormat.print(parsed.draft());
		assertTrue(printed.contains("\n1. Eerste vraag? [1]\n\n2. Tweede vraag? [2]\n\n[1] Bron zeven.\n[2] Bron twee.\n"),
				printed);
	}

	@Test
	void malformedDraftsReportLinesAndKeepEveryLine() {
		String text = """
				Dit is geen kop.

				1. Vraag zonder voetnoot? [4]
				zomaar tekst

				losse tekst buiten een vraag
				[1] Niet gebruikt.
				[1] Dubbel.
				""";
		ParsedDraft parsed = DraftFormat.parse(text);
		assertTrue(parsed.hasErrors());
		assertEquals(text.lines().count() + 1, parsed.lines().size(), "every line kept");
		assertEquals(List.of(1, 3, 6, 8), parsed.problems().stream()
				.filter(p -> p.severity() == DraftProblem.Severity.ERROR).map(DraftProblem::line).sorted().toList(),
				parsed.problems().toString());
		assertTrue(parsed.problems().stream().anyMatch(p -> p.line() == 1 && p.message().startsWith("missing heading")));
		assertTrue(parsed.problems().stream().anyMatch(p -> p.line() == 7 && p.message().contains("not referenced")));
		// the workbench says the same in Dutch
		Locale dutch = Locale.forLanguageTag("nl-NL");
		assertTrue(parsed.problems().stream().anyMatch(p -> p.line() == 1
				&& p.message(dutch).equals("de kop ontbreekt: het concept begint met \"Vragen van het lid ... aan ... over ...\"")),
				parsed.problems().toString());
		assertTrue(parsed.problems().stream().anyMatch(p -> p.line() == 3 && p.message(dutch).equals(
				"voetnoot [4] wordt genoemd maar bestaat niet; voeg na de vragen een regel \"[4] <bron>\" toe")));
		assertTrue(parsed.problems().stream().anyMatch(p -> p.line() == 8
				&& p.message(dutch).equals("voetnoot [1] staat er twee keer (eerst op regel 7)")));
		// and in English in a workbench in any other language
		assertTrue(parsed.problems().stream().anyMatch(p -> p.line() == 8
				&& p.message(Locale.GERMAN).equals("footnote [1] is defined twice (first on line 7)")));
	}

	@Test
	void whatTheDraftCannotHoldIsAnErrorAndADraftWithoutErrorsPrintsEveryWord() {
		String note = CANONICAL.replace("\n2. ", "\nNB: nog navragen bij Justitie.\n\n2. ");
		assertEquals("text outside a question: start a question with \"2.\"",
				DraftFormat.parse(note).firstError().orElseThrow().message());
		String directive = CANONICAL + "% later: bron zoeken\n";
		assertTrue(DraftFormat.parse(directive).firstError().orElseThrow().message().startsWith("unknown directive"));
		// what may be rewritten (saved renumbered, changed by a quick fix) keeps every word of it
		String warned = CANONICAL.replace("2. Heeft", "7. Heeft") + "[9] Een bron die niemand noemt.\n";
		for (String text : List.of(CANONICAL, warned)) {
			ParsedDraft parsed = DraftFormat.parse(text);
			assertFalse(parsed.hasErrors(), parsed.problems().toString());
			assertEquals(words(text), words(DraftFormat.print(parsed.draft())));
		}
	}

	@Test
	void aQuestionBeingStartedIsAnErrorForSubmissionButStopsNoRewrite() {
		String heading = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie en Veiligheid over "
				+ "chatcontrole.\n\n";
		ParsedDraft started = DraftFormat.parse(heading + "1. Eerste vraag?\n\n2. ");
		DraftProblem empty = started.firstError().orElseThrow();
		assertEquals("question 2 has no text", empty.message());
		assertTrue(started.isBeingStarted(empty));
		assertTrue(started.rewriteBlocker().isEmpty(), "it prints back as it is");
		assertTrue(DraftFormat.print(started.draft()).endsWith("1. Eerste vraag?\n\n2. \n"), DraftFormat.print(started.draft()));

		ParsedDraft between = DraftFormat.parse(heading + "1. \n\n2. Tweede vraag?\n");
		assertFalse(between.isBeingStarted(between.firstError().orElseThrow()), "only the last question is being started");
		ParsedDraft note = DraftFormat.parse(heading + "1. Eerste vraag?\n\nNB: navragen.\n\n2. ");
		assertTrue(note.rewriteBlocker().orElseThrow().message().startsWith("text outside a question"));
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.split("[\\s\\[\\]]+")).filter(w -> !w.isEmpty() && !w.matches("\\d+\\.?")).sorted().toList();
	}

	@Test
	void badHeadingAndEmptyDraft() {
		ParsedDraft parsed = DraftFormat.parse("Vragen van het lid Kathmann over niets.\n\n1. Vraag?\n");
		assertEquals(1, parsed.problems().get(0).line());
		assertTrue(parsed.problems().get(0).message().startsWith("heading must read"));
		assertTrue(parsed.problems().get(0).message(Locale.forLanguageTag("nl")).startsWith("de kop moet luiden"));
		assertTrue(DraftFormat.parse("").hasErrors());
	}

	@Test
	void aQuestionsSourcesAreTheFootnotesItMarks() {
		Draft draft = DraftFormat.parse(CANONICAL.replace("[2]\n", "[2] [1]\n")).draft();
		assertEquals(List.of("Consilium, \"Law Enforcement Working Party\", 12 november 2025."), draft.sourcesOf(1));
		assertEquals(List.of("Kamerstuk 32 317, nr. 891.", "Consilium, \"Law Enforcement Working Party\", 12 november 2025."),
				draft.sourcesOf(2));
	}
}
