package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.ui.CorpusView;
import nl.vraagbaak.ui.testing.UiDriver;

/** The Corpus view on a fresh data folder: the five seeds, their passages, and one passage shown in full. */
class CorpusViewUITest {

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
