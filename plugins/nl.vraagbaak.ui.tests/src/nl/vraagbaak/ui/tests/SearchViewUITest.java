package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.HitTable;
import nl.vraagbaak.ui.SearchView;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * Searching earlier answers from the Search view: "foutmarge" finds question 26 of the question list; a slip gets
 * "Bedoelde u: ...?" with the corrected search as a link.
 */
class SearchViewUITest {

	@Test
	void searchingFoutmargeFindsQuestion26() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Table results = search(driver, "foutmarge");
		driver.waitUntil("question 26 of 001 in the results", () -> HitRows.shows(results, "Kamerstuk 34 843, nr. 114, vraag 26"),
				60_000);
		Label status = driver.find(Label.class, SearchView.STATUS_KEY);
		assertTrue(driver.ui(status::getText).contains("\"foutmarge\""), driver.ui(status::getText));
		driver.screenshot(UiDriver.screenshotDir().resolve("search-foutmarge.png"));
	}

	@Test
	void aSlipInTheQueryOffersTheCorrectedSearchAndTheLinkRunsIt() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		search(driver, "versleuteing");
		Text query = driver.find(Text.class, SearchView.QUERY_KEY);
		Link correction = driver.find(Link.class, SearchView.CORRECTION_KEY);
		driver.waitUntil("Bedoelde u: versleuteling?", () -> correction.isVisible()
				&& correction.getText().equals("Bedoelde u: <a>versleuteling</a>?"), 60_000);
		driver.screenshot(UiDriver.screenshotDir().resolve("search-did-you-mean.png"));
		StyledText details = driver.findAll(StyledText.class, t -> t.getParent().getParent() == correction.getParent()).get(0);
		assertEquals("", driver.ui(details::getText), "no results: no passage shown");
		driver.ui(() -> {
			correction.notifyListeners(SWT.Selection, new Event());
			return null;
		});
		Label status = driver.find(Label.class, SearchView.STATUS_KEY);
		driver.waitUntil("the corrected search run", () -> status.getText().endsWith("\"versleuteling\"")
				&& !correction.isVisible());
		assertEquals("versleuteling", driver.ui(query::getText));
	}

	/** A hit found in the Search view is cited in the question under the caret of the draft being written. */
	@Test
	void aHitFoundIsCitedInTheQuestionUnderTheCaret() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.create(driver, "Chatcontrole", "zoeken-en-citeren.kv", "Vragen van het lid Kathmann (GroenLinks-PvdA) "
				+ "aan de minister van Justitie en Veiligheid over de foutmarge.\n\n1. Hoe groot is de foutmarge?");
		StyledText draft = Drafts.focusAtEnd(driver);
		Table results = search(driver, "foutmarge");
		String question26 = "Kamerstuk 34 843, nr. 114, vraag 26";
		driver.waitUntil("question 26 of 001 in the results", () -> HitRows.shows(results, question26), 60_000);
		driver.selectRow(results, HitRows::provenance, question26);
		// the passage below the list names the document as the Corpus view does
		StyledText passage = driver.find(StyledText.class, SearchView.TABLE_KEY + HitTable.DETAILS);
		String shown = driver.ui(passage::getText);
		assertTrue(shown.startsWith("Lijst van vragen en antwoorden\nVindplaats: " + question26 + "\nDatum: 2024-10-08\n"
				+ "Bron: 001_4a688004c2e20cff.txt #26\n\nVraag 26\n"), shown);
		driver.click(SearchView.CITE_KEY);
		String after = driver.ui(draft::getText);
		assertTrue(after.contains("1. Hoe groot is de foutmarge? [1]"), after);
		assertTrue(after.contains("[1] Kamerstuk 34 843, nr. 114, antwoord op vraag 26 (8 oktober 2024)."), after);
		driver.screenshot(UiDriver.screenshotDir().resolve("search-cited.png"));
	}

	/** Without a draft to put it in, citing says where the caret should be instead of doing nothing. */
	@Test
	void citingWithoutADraftSaysWhereTheCaretShouldBe() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.ui(() -> driver.window().getActivePage().closeAllEditors(false));
		Table results = search(driver, "foutmarge");
		assertTrue(driver.ui(results::getItemCount) > 0);
		driver.click(SearchView.CITE_KEY);
		Label status = driver.find(Label.class, SearchView.STATUS_KEY);
		assertEquals("Zet de cursor in een vraag van een concept om een antwoord daarin op te nemen.",
				driver.ui(status::getText));
	}

	private static Table search(UiDriver driver, String words) throws Exception {
		driver.ui(() -> driver.window().getService(IHandlerService.class).executeCommand("nl.vraagbaak.ui.openSearch", null));
		Text query = driver.find(Text.class, SearchView.QUERY_KEY);
		driver.ui(() -> {
			query.setText("");
			return null;
		});
		driver.focus(query);
		driver.type(words);
		driver.key('\r', SWT.CR, 0); // says "zoeken ..." at once, the count when the results are shown
		Label status = driver.find(Label.class, SearchView.STATUS_KEY);
		driver.waitUntil("the results for " + words, () -> status.getText().endsWith("\"" + words + "\""), 60_000);
		return driver.find(Table.class, SearchView.TABLE_KEY);
	}
}
