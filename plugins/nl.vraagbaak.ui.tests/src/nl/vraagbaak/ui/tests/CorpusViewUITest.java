package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.core.store.DocumentCorrection;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.DocumentCorrectionDialog;
import nl.vraagbaak.search.SearchHit;
import nl.vraagbaak.search.SearchOptions;
import nl.vraagbaak.ui.CorpusView;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The Corpus view on a fresh data folder: the five seeds, newest first, their passages, one passage shown in full,
 * and a document's details corrected from its context menu.
 */
class CorpusViewUITest {
	private static final String LETTER = "002_2940103a23c4f475.txt";

	@Test
	void listsTheSeedsAndShowsAPassage() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.ui(() -> driver.window().getActivePage().showView(CorpusView.ID));
		Tree tree = driver.find(Tree.class, CorpusView.TREE_KEY);
		driver.waitUntil("the five seed documents", () -> tree.getItemCount() == 5);
		List<String> titles = driver.ui(() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
		// newest first, the undated letter last
		assertTrue(titles.get(0).startsWith("2025-11-21"), titles.toString());
		assertTrue(titles.get(1).startsWith("2024-10-08") && titles.get(1).contains("Lijst van vragen en antwoorden")
				&& titles.get(1).contains("102 passages"), titles.toString());
		assertTrue(titles.get(2).startsWith("2024-10-01  Positie Nederland ten aanzien van de CSAM-Verordening"),
				titles.toString());
		assertTrue(titles.get(3).startsWith("2023-05-08"), titles.toString());
		assertTrue(titles.get(4).startsWith("Tijdens het commissiedebat"), titles.toString());

		// open the answers to written questions and select question 8, as a user would with the mouse
		driver.ui(() -> {
			TreeItem answers = tree.getItem(0);
			answers.setExpanded(true);
			tree.notifyListeners(org.eclipse.swt.SWT.Expand, expandEvent(answers));
			return null;
		});
		driver.waitUntil("the ten questions of 004", () -> tree.getItem(0).getItemCount() == 10
				&& !tree.getItem(0).getItem(0).getText().isEmpty());
		driver.ui(() -> {
			TreeItem question8 = tree.getItem(0).getItem(7);
			tree.setSelection(question8);
			tree.notifyListeners(org.eclipse.swt.SWT.Selection, selectionEvent(question8));
			return null;
		});
		StyledText details = driver.find(StyledText.class, CorpusView.DETAILS_KEY);
		driver.waitUntil("the details of question 8", () -> details.getText().contains("004_7b21e46fa3f5df7d.txt #8"));
		String shown = driver.ui(details::getText);
		assertTrue(shown.contains("advies ingewonnen van de Algemene Inlichtingen- en Veiligheidsdienst (AIVD)"), shown);
		assertTrue(shown.contains("Er is advies ingewonnen en dat houdt op hoofdlijnen in"), shown);
		assertTrue(shown.contains("2025-11-21"), shown);
		String label = driver.ui(() -> tree.getItem(0).getItem(7).getText());
		assertTrue(label.startsWith("8. Heeft u, net als bij het Poolse voorstel in 2024, advies ingewonnen"), label);
		driver.screenshot(UiDriver.screenshotDir().resolve("corpus-view.png"));
	}

	@Test
	void correctingALettersDetailsReordersTheCorpusAndReachesTheSearchResults() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.ui(() -> driver.window().getActivePage().showView(CorpusView.ID));
		Tree tree = driver.find(Tree.class, CorpusView.TREE_KEY);
		driver.waitUntil("the undated letter last", () -> tree.getItemCount() == 5
				&& tree.getItem(4).getText().startsWith("Tijdens het commissiedebat"));
		select(driver, tree, 4);
		MenuItem correct = driver.ui(() -> {
			tree.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
			return Arrays.stream(tree.getMenu().getItems()).filter(i -> i.getText().equals("Gegevens corrigeren..."))
					.findFirst().orElseThrow();
		});
		// the dialog is modal: open it later on the display thread and fill it in from here
		driver.display().asyncExec(() -> correct.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event()));
		Text date = driver.find(Text.class, DocumentCorrectionDialog.FIELD_KEY, "date");
		Button ok = driver.findAll(Button.class, b -> b.getText().replace("&", "").equals("OK")).get(0);
		driver.focus(date);
		driver.type("31-11-2025");
		driver.waitUntil("no such day: OK disabled", () -> date.getText().equals("31-11-2025") && !ok.isEnabled());
		driver.ui(() -> {
			date.setText("");
			return null;
		});
		driver.type("25-11-2025");
		Text citation = driver.find(Text.class, DocumentCorrectionDialog.FIELD_KEY, "citation");
		driver.focus(citation);
		driver.type("Kamerstuk 32317, nr. 980");
		driver.waitUntil("a valid correction: OK enabled", () -> date.getText().equals("25-11-2025")
				&& citation.getText().equals("Kamerstuk 32317, nr. 980") && ok.isEnabled());
		driver.screenshot(UiDriver.screenshotDir().resolve("correct-document.png"));
		driver.ui(() -> {
			ok.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			return null;
		});

		driver.waitUntil("the letter first, with its date", () -> tree.getItemCount() == 5
				&& tree.getItem(0).getText().startsWith("2025-11-25  Tijdens het commissiedebat"));
		select(driver, tree, 0);
		StyledText details = driver.find(StyledText.class, CorpusView.DETAILS_KEY);
		driver.waitUntil("the details say what was corrected", () -> details.getText().contains("Gecorrigeerd: datum, vindplaats"));
		SearchHit hit = CorpusServices.get(null).search().search("Advies AIVD cybersecurity", SearchOptions.top(10)).stream()
				.filter(h -> h.source().equals(LETTER)).findFirst().orElseThrow();
		assertEquals("Kamerstuk 32 317, nr. 980", hit.citation());
		assertEquals("2025-11-25", hit.date());

		// Ctrl+Z in the view takes the correction back: the letter undated and last again
		driver.focus(tree);
		driver.key('z', 0, org.eclipse.swt.SWT.CTRL);
		driver.waitUntil("the letter undated and last again", () -> tree.getItemCount() == 5
				&& tree.getItem(4).getText().startsWith("Tijdens het commissiedebat"));
		assertEquals(DocumentCorrection.NONE, CorpusServices.get(null).store().correction(LETTER));
	}

	/** Selects a document as a click would. */
	private static void select(UiDriver driver, Tree tree, int document) throws Exception {
		driver.ui(() -> {
			TreeItem item = tree.getItem(document);
			tree.setSelection(item);
			tree.notifyListeners(org.eclipse.swt.SWT.Selection, selectionEvent(item));
			return null;
		});
	}

	/** Other tests expect the seeds as they are; a failed step may also leave the dialog open. */
	@AfterEach
	void takeTheCorrectionBack() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
		CorpusServices.get(null).correct(LETTER, DocumentCorrection.NONE);
	}

	private static org.eclipse.swt.widgets.Event expandEvent(TreeItem item) {
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.item = item;
		return e;
	}

	private static org.eclipse.swt.widgets.Event selectionEvent(TreeItem item) {
		org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
		e.item = item;
		return e;
	}
}
