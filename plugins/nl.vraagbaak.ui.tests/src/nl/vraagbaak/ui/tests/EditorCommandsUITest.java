package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.DraftOutlinePage;
import nl.vraagbaak.internal.ui.DraftViewerConfiguration;
import nl.vraagbaak.ui.DraftEditor;
import nl.vraagbaak.ui.VraagbaakUi;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The draft editor's keyboard commands with real key events: the Outline follows the questions, Ctrl+Alt+F adds a
 * footnote, Ctrl+Space cites a suggested earlier answer, Ctrl+1 offers the already-asked quick fixes, and the hover
 * explains the match; misspelt words are marked, and Ctrl+1 corrects them or adds them to the user's word list.
 */
class EditorCommandsUITest {
	private static final String MARKER = "nl.vraagbaak.ui.alreadyAsked";
	private static final String HEADING = "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de minister van Justitie "
			+ "en Veiligheid over het advies van de AIVD.\n\n1. ";
	private static final String AIVD_QUESTION = "Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?";
	private static final String EARLIER = "004_7b21e46fa3f5df7d.txt#8";
	private static final String UNANSWERED = "vragen-nepwebwinkels.txt";
	/** How the views and proposals name it: the document's title (it has no citation) and the question. */
	private static final String EARLIER_NAMED = "Antwoord van minister Van Oosten (Justitie en V\u2026, vraag 8";

	@Test
	void outlineFootnoteCommandAndCitationProposals() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.create(driver, "Commandos", "voetnoten.kv", HEADING);
		driver.ui(() -> driver.window().getActivePage().showView(IPageLayout.ID_OUTLINE, null,
				org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE));
		StyledText text = Drafts.focusAtEnd(driver);
		driver.type(AIVD_QUESTION);
		driver.key('\r', SWT.CR, 0);
		driver.key('\r', SWT.CR, 0);
		driver.type("2. Wanneer ontvangt de Kamer dat advies?");

		Tree outline = driver.find(Tree.class, DraftOutlinePage.TREE_KEY);
		driver.waitUntil("both questions in the outline", () -> List.of("1. " + AIVD_QUESTION,
				"2. Wanneer ontvangt de Kamer dat advies?").equals(Arrays.stream(outline.getItems()).map(TreeItem::getText).toList()));
		driver.screenshot(UiDriver.screenshotDir().resolve("outline.png"));

		// Ctrl+Alt+F on question 2: an empty footnote, the caret in it
		driver.key('f', 0, SWT.CTRL | SWT.ALT);
		driver.waitUntil("a footnote on question 2", () -> text.getText().contains("dat advies? [1]\n")
				&& text.getText().endsWith("\n[1] \n"));
		driver.type("Brief van de minister, 1 oktober 2024.");
		driver.waitUntil("the footnote typed", () -> text.getText().contains("\n[1] Brief van de minister, 1 oktober 2024.\n"));

		// Ctrl+Space in question 1: cite the earlier answer 004#8; the footnotes are renumbered in order
		driver.waitUntil("the index open", () -> CorpusServices.ifOpen() != null, 60_000);
		Drafts.caretAt(driver, text, "compromisvoorstel", 0);
		driver.key(' ', 0, SWT.CTRL);
		driver.waitUntil("a citation proposal for " + EARLIER, () -> proposalIndex(driver, "Citeer " + EARLIER_NAMED) >= 0);
		driver.screenshot(UiDriver.screenshotDir().resolve("citation-proposals.png"));
		choose(driver, "Citeer " + EARLIER_NAMED);
		driver.waitUntil("question 1 cites the earlier answer", () -> text.getText().contains("compromisvoorstel? [1]"));
		String after = driver.ui(text::getText);
		assertTrue(after.contains("dat advies? [2]"), after);
		assertTrue(after.contains("\n[1] ") && after.contains("antwoord op vraag 8"), after);
		assertTrue(after.contains("\n[2] Brief van de minister, 1 oktober 2024."), after);

		// Ctrl+Space again: the answer question 1 now cites is listed as cited, and choosing it adds nothing
		Drafts.caretAt(driver, text, "compromisvoorstel", 0);
		driver.key(' ', 0, SWT.CTRL);
		driver.waitUntil("the proposal marked as cited", () -> proposalIndex(driver, "Al geciteerd: " + EARLIER_NAMED) >= 0);
		choose(driver, "Al geciteerd: " + EARLIER_NAMED);
		assertEquals(after, driver.ui(text::getText), "no second footnote with the same source");
	}

	/** As the Earlier Answers view does, Ctrl+Space searches a slip in the key word as the word the corpus uses. */
	@Test
	void ctrlSpaceSearchesASlipAsTheWordTheCorpusUsesAndSaysSo() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.create(driver, "Commandos", "verschrijving.kv", HEADING);
		StyledText text = Drafts.focusAtEnd(driver);
		driver.type("Hoe staat het met de versleuteing?");
		driver.waitUntil("the index open", () -> CorpusServices.ifOpen() != null, 60_000);
		Drafts.caretAt(driver, text, "versleuteing", 0);
		driver.key(' ', 0, SWT.CTRL);
		String said = "Gezocht met versleuteling. Enter: citeer het gekozen antwoord in een voetnoot";
		driver.waitUntil("the proposals' status line naming the correction", () -> !driver.findAll(Label.class,
				l -> l.isVisible() && said.equals(l.getText().strip())).isEmpty());
		driver.waitUntil("citation proposals", () -> proposalIndex(driver, "Citeer ") >= 0);
		driver.screenshot(UiDriver.screenshotDir().resolve("citation-proposals-corrected.png"));
	}

	@Test
	void ctrl1OffersTheQuickFixesAndTheHoverExplainsTheMatch() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Commandos", "snelle-oplossing.kv", HEADING);
		StyledText text = Drafts.focusAtEnd(driver);
		driver.type(AIVD_QUESTION);
		driver.waitUntil("the already-asked marker", () -> draft.findMarkers(MARKER, false, IResource.DEPTH_ZERO).length == 1,
				60_000);

		String hover = questionLineHover(driver);
		assertNotNull(hover, "the hover of the question's line");
		assertTrue(hover.startsWith("Vraag 1 is al gesteld: "), hover);
		assertTrue(hover.contains("Eerder gesteld in " + EARLIER_NAMED + " (2025-11-21)"), hover);
		assertTrue(hover.contains("Bron: " + EARLIER), hover);
		assertTrue(hover.contains("Begin van het antwoord:"), hover);
		assertTrue(hover.contains("Gedeelde woorden: ") && hover.toLowerCase().contains("aivd"), hover);

		Drafts.caretAt(driver, text, "Deense", 0);
		driver.key('1', 0, SWT.CTRL);
		String followUp = "Herschrijf als vervolgvraag op het eerdere antwoord";
		driver.waitUntil("the quick fixes", () -> proposalIndex(driver, followUp) >= 0);
		driver.screenshot(UiDriver.screenshotDir().resolve("quick-fix-ctrl1.png"));
		List<String> fixes = driver.ui(() -> proposals(driver));
		assertEquals(List.of("Citeer het eerdere antwoord in een voetnoot", followUp, "Verwijder de vraag",
				"Negeer deze overeenkomst in dit concept"), fixes);
		choose(driver, followUp);
		driver.waitUntil("the question rewritten as a follow-up", () -> text.getText().contains(
				"1. In uw antwoord op vraag 8 van 21 november 2025 stelt u: \u201cEr is advies ingewonnen "));
		String after = driver.ui(text::getText);
		assertTrue(after.contains("inschat.\u201d Heeft u de AIVD om advies gevraagd over het Deense compromisvoorstel?"), after);
		assertFalse(after.contains("% negeer"), "the follow-up's footnote says it knows the earlier answer: " + after);
		assertTrue(after.contains("Koninkrijksrelaties (ontvangen 21 november 2025), antwoord op vraag 8."),
				"the follow-up cites the earlier answer in a footnote: " + after);
	}

	/** Ctrl+1 on a line the draft cannot hold offers its fixes; deleting the line leaves the rest as it was. */
	@Test
	void ctrl1OnALineOutsideAQuestionOffersItsFixes() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		String note = "NB: nog navragen bij Justitie.\n";
		String written = HEADING + "Wat kost het onderhoud van de Afsluitdijk?\n\n" + note;
		IFile draft = Drafts.create(driver, "Commandos", "losse-regel.kv", written);
		StyledText text = Drafts.focusAtEnd(driver);
		driver.waitUntil("the error on the note's line", () -> Arrays.stream(draft.findMarkers("nl.vraagbaak.ui.draftProblem",
				false, IResource.DEPTH_ZERO)).anyMatch(m -> m.getAttribute(IMarker.LINE_NUMBER, 0) == 5), 60_000);
		Drafts.caretAt(driver, text, "NB:", 0);
		driver.key('1', 0, SWT.CTRL);
		String delete = "Regel 5 verwijderen";
		driver.waitUntil("the quick fixes", () -> proposalIndex(driver, delete) >= 0);
		assertEquals(List.of("Maak van de regel vraag 2", delete), driver.ui(() -> proposals(driver)));
		choose(driver, delete);
		driver.waitUntil("the note's line deleted, and nothing else", () -> text.getText().equals(written.replace(note, "")));
	}

	@Test
	void questionsImportedWhileADraftIsOpenMarkItWithoutAKeystrokeAndAnUnansweredOneOffersNoFollowUp(@TempDir Path inbox)
			throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.waitUntil("the index open", () -> CorpusServices.ifOpen() != null, 60_000);
		// question 2's slip is marked at the end of the draft's first check: then question 1 was checked, and not flagged
		IFile draft = Drafts.create(driver, "Commandos", "onbeantwoord.kv", HEADING + "Hoeveel meldingen van oplichting via "
				+ "nepwebwinkels zijn in 2025 bij de Fraudehelpdesk binnengekomen?\n\n2. Wat is de "
				+ "handhavnig?\n");
		DraftEditor editor = driver.ui(() -> (DraftEditor) driver.window().getActivePage().getActiveEditor());
		driver.waitUntil("the draft's first check done", () -> driver.ui(() -> Drafts.spellingMarks(editor))
				.equals(List.of("handhavnig")), 60_000);
		assertEquals(List.of(), Arrays.stream(draft.findMarkers(MARKER, false, IResource.DEPTH_ZERO))
				.map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(), "nothing asked it yet");

		Path asked = inbox.resolve(UNANSWERED);
		Files.writeString(asked, "2025Z21001\n\nVragen van het lid Van der Werf (D66) aan de staatssecretaris van Justitie "
				+ "en Veiligheid over oplichting door nepwebwinkels (ingezonden 1 december 2025).\n\nVraag 1\n"
				+ "Hoeveel meldingen van oplichting via nepwebwinkels heeft de Fraudehelpdesk in 2025 ontvangen?\n");
		assertTrue(CorpusServices.get(null).importPaths(List.of(asked), null).failures().isEmpty());
		driver.waitUntil("the question marked once the corpus changed", () -> draft.findMarkers(MARKER, false,
				IResource.DEPTH_ZERO).length == 1, 60_000);

		String hover = questionLineHover(driver);
		assertTrue(hover.contains("Eerder gesteld in oplichting door nepwebwinkels, vraag 1 (2025-12-01)"), hover);
		assertTrue(hover.contains("(nog niet beantwoord"), hover);
		StyledText text = Drafts.focusAtEnd(driver);
		Drafts.caretAt(driver, text, "nepwebwinkels", 0);
		driver.key('1', 0, SWT.CTRL);
		driver.waitUntil("the quick fixes", () -> proposalIndex(driver, "Verwijder de vraag") >= 0);
		assertEquals(List.of("Citeer het eerdere antwoord in een voetnoot", "Verwijder de vraag",
				"Negeer deze overeenkomst in dit concept"), driver.ui(() -> proposals(driver)),
				"no follow-up on an answer that has not come");
	}

	/** A follow-up's marker says it was read with the question before it, to which it points back. */
	@Test
	void aFollowUpsMarkerSaysItWasReadWithTheQuestionBeforeIt() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IFile draft = Drafts.create(driver, "Commandos", "vervolgvraag.kv", HEADING);
		Drafts.focusAtEnd(driver);
		driver.type("Moeten bedrijven onder de CSAM-verordening materiaal van seksueel misbruik verwijderen?\n\n"
				+ "2. Welke termijn geldt daarvoor?");
		driver.waitUntil("a marker on question 2", () -> Arrays.stream(draft.findMarkers(MARKER, false, IResource.DEPTH_ZERO))
				.anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").startsWith("Vraag 2 is al gesteld")), 60_000);
		String hover = lineHover(driver, 4);
		assertNotNull(hover, "the hover of question 2's line");
		assertTrue(hover.contains("Kamerstuk 34 843, nr. 114, vraag 70"), hover);
		assertTrue(hover.contains("Gelezen met vraag 1 ervoor, waarnaar deze vraag terugverwijst."), hover);
	}

	@Test
	void misspeltWordsAreMarkedAndCtrl1CorrectsThemOrAddsThemToTheWordList() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.create(driver, "Commandos", "spelling.kv", HEADING);
		StyledText text = Drafts.focusAtEnd(driver);
		driver.type("Wat is de stand van de naleveing van de regels voor weglakking in het laagste kwintiel?");
		DraftEditor editor = driver.ui(() -> (DraftEditor) driver.window().getActivePage().getActiveEditor());
		driver.waitUntil("the three unknown words marked", () -> driver.ui(() -> Drafts.spellingMarks(editor))
				.equals(List.of("naleveing", "weglakking", "kwintiel")), 60_000);
		driver.screenshot(UiDriver.screenshotDir().resolve("spelling-marks.png"));
		String hover = driver.ui(() -> {
			ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
			int at = text.getText().indexOf("weglakking") + 2;
			ITextHover textHover = new DraftViewerConfiguration(editor).getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
			return textHover.getHoverInfo(viewer, textHover.getHoverRegion(viewer, at)); // as the pointer resting there
		});
		assertEquals("\"weglakking\" staat niet in de woordenlijst", hover);

		Drafts.caretAt(driver, text, "naleveing", 3);
		driver.key('1', 0, SWT.CTRL);
		driver.waitUntil("the corrections", () -> proposalIndex(driver, "Vervangen door \"naleving\"") >= 0);
		driver.screenshot(UiDriver.screenshotDir().resolve("spelling-ctrl1.png"));
		List<String> offered = driver.ui(() -> proposals(driver));
		assertEquals("Vervangen door \"naleving\"", offered.get(0), offered.toString());
		assertEquals("\"naleveing\" toevoegen aan de woordenlijst", offered.get(offered.size() - 1), offered.toString());
		choose(driver, "Vervangen door \"naleving\"");
		driver.waitUntil("the word corrected", () -> text.getText().contains("de stand van de naleving van de regels"));
		driver.waitUntil("the other words still marked", () -> driver.ui(() -> Drafts.spellingMarks(editor))
				.equals(List.of("weglakking", "kwintiel")), 60_000);

		// accepted in this draft only: a directive in the draft, which travels with it
		Drafts.caretAt(driver, text, "kwintiel", 2);
		driver.key('1', 0, SWT.CTRL);
		driver.waitUntil("accepting in this draft", () -> proposalIndex(driver, "\"kwintiel\" goedkeuren in dit concept") >= 0);
		choose(driver, "\"kwintiel\" goedkeuren in dit concept");
		driver.waitUntil("the directive in the draft", () -> text.getText().endsWith("\n% woorden: kwintiel\n"));
		driver.waitUntil("only weglakking marked", () -> driver.ui(() -> Drafts.spellingMarks(editor)).equals(List.of("weglakking")),
				60_000);

		Path userWords = VraagbaakUi.dataFolder().resolve("dictionary.txt");
		try {
			Drafts.caretAt(driver, text, "weglakking", "weglakking".length());
			driver.key('1', 0, SWT.CTRL);
			driver.waitUntil("adding the word", () -> proposalIndex(driver, "\"weglakking\" toevoegen") >= 0);
			choose(driver, "\"weglakking\" toevoegen");
			driver.waitUntil("no word marked", () -> driver.ui(() -> Drafts.spellingMarks(editor)).isEmpty());
			assertTrue(Files.readString(userWords).contains("\nweglakking\n"), Files.readString(userWords));

			// the list changed on disk (vraagbaak spell --add, or edited): the next check reads it again
			Files.delete(userWords);
			driver.ui(() -> { // an edit, as typing would (keys no longer reach the editor after the popup, see choose)
				text.replaceTextRange(text.getCharCount(), 0, " ");
				return null;
			});
			driver.waitUntil("the word marked again", () -> driver.ui(() -> Drafts.spellingMarks(editor)).equals(List.of("weglakking")),
					60_000);
		} finally {
			Files.deleteIfExists(userWords); // the other tests share the data folder
		}
	}

	/**
	 * Chooses a proposal as a double click on it does. Under Xvfb without a window manager the X input focus does not
	 * return to the editor once the popup shell has opened, so arrow keys and Enter posted now never reach it.
	 */
	private static void choose(UiDriver driver, String prefix) throws Exception {
		driver.ui(() -> {
			for (Table table : driver.findAll(Table.class, t -> t.getShell().getParent() != null && t.isVisible())) {
				for (int i = 0; i < table.getItemCount(); i++) {
					if (table.getItem(i).getText().startsWith(prefix)) {
						table.setSelection(i);
						table.notifyListeners(SWT.Selection, new Event());
						table.notifyListeners(SWT.DefaultSelection, new Event());
						return null;
					}
				}
			}
			throw new AssertionError("no proposal " + prefix);
		});
	}

	/** What the ruler's hover says on the line of question 1 (line 2 of the draft, counted from 0). */
	private static String questionLineHover(UiDriver driver) throws Exception {
		return lineHover(driver, 2);
	}

	/** What the ruler's hover says on a line of the draft (0-based). */
	private static String lineHover(UiDriver driver, int line) throws Exception {
		DraftEditor editor = driver.ui(() -> (DraftEditor) driver.window().getActivePage().getActiveEditor());
		return driver.ui(() -> {
			ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
			return new DraftViewerConfiguration(editor).getAnnotationHover(viewer).getHoverInfo(viewer, line);
		});
	}

	/** The items of the open proposal list (content assist or quick fix), empty when none is open. */
	private static List<String> proposals(UiDriver driver) throws Exception {
		return driver.findAll(Table.class, t -> t.getShell().getParent() != null && t.isVisible()).stream()
				.flatMap(t -> Arrays.stream(t.getItems())).map(TableItem::getText).toList();
	}

	private static int proposalIndex(UiDriver driver, String prefix) throws Exception {
		List<String> items = proposals(driver);
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).startsWith(prefix)) {
				return i;
			}
		}
		return -1;
	}

	/** A failed step may leave a dialog or proposal list open: it must not take the next test's keys. */
	@AfterEach
	void closeDialogs() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
		CorpusServices services = CorpusServices.ifOpen();
		if (services != null && services.store().document(UNANSWERED).isPresent()) {
			services.remove(UNANSWERED);
		}
	}
}
