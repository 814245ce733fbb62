package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.ui.DossiersView;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The workbench speaks Dutch throughout (the tests run with -nl nl): besides Vraagbaak's own texts, the Eclipse
 * parts staff meet every day, the menus, the dialog buttons, the Problems view and the editor's status line, come
 * from the nl.vraagbaak.nls.* fragments. Before them, "Bestand" held "Save", "Save All" and "Exit", and every
 * wizard ended in "Cancel" and "Finish".
 */
class DutchWorkbenchUITest {
	/** English labels that appeared in the menus before the fragments. */
	private static final Set<String> ENGLISH = Set.of("Save", "Save All", "Import...", "Export...", "Exit", "Open File...",
			"Undo", "Redo", "Cut", "Copy", "Paste", "Select All", "Find/Replace...", "Find Next", "Find Previous",
			"Quick Fix", "Word Completion", "Go to Line...", "Reset Perspective...", "Preferences...", "Other...",
			"Previous Edit Location", "Next Edit Location", "Convert Line Delimiters To", "Set Encoding...");

	@Test
	void menusDialogButtonsAndViewsAreDutch() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Drafts.openOneQuestion(driver, "Taal");

		List<String> file = driver.menuLabels("Bestand");
		assertTrue(file.containsAll(List.of("Opslaan", "Alles opslaan", "Importeren in het corpus...",
				"Exporteren naar Word met opties...", "Afsluiten")), file.toString());
		List<String> edit = driver.menuLabels("Bewerken");
		assertTrue(edit.containsAll(List.of("Knippen", "Kopiëren", "Plakken", "Alles selecteren", "Zoeken/vervangen...",
				"Snelle oplossing")), edit.toString());
		assertTrue(edit.stream().anyMatch(l -> l.startsWith("Ongedaan maken")), edit.toString());
		List<String> window = driver.menuLabels("Venster");
		assertTrue(window.containsAll(List.of("Indeling herstellen...", "Voorkeuren...")), window.toString());
		assertEquals(List.of(), driver.allMenuLabels().stream().filter(ENGLISH::contains).toList(), "English menu items");

		assertEquals("&Voltooien", IDialogConstants.FINISH_LABEL);
		assertEquals("Annuleren", IDialogConstants.CANCEL_LABEL);
		assertEquals("< V&orige", IDialogConstants.BACK_LABEL);
		driver.ui(() -> {
			IWorkbenchPage page = driver.window().getActivePage();
			for (String view : List.of(IPageLayout.ID_PROBLEM_VIEW, DossiersView.ID)) {
				page.showView(view, null, IWorkbenchPage.VIEW_VISIBLE);
			}
			assertEquals("Problemen", page.findViewReference(IPageLayout.ID_PROBLEM_VIEW).getPartName());
			assertEquals("Dossiers", page.findViewReference(DossiersView.ID).getPartName());
			return null;
		});
		// the Problems view's context menu names workbench and IDE commands: "Copy", "Go to Resource", "Show In"
		Tree problems = driver.findAll(Tree.class, t -> t.getColumnCount() > 0 && t.getColumn(0).getText().equals("Beschrijving"))
				.get(0);
		List<String> popup = driver.ui(() -> {
			problems.getMenu().notifyListeners(SWT.Show, new Event());
			List<String> labels = Arrays.stream(problems.getMenu().getItems()).map(i -> i.getText().replace("&", "").split("\t")[0])
					.filter(l -> !l.isEmpty()).toList();
			problems.getMenu().notifyListeners(SWT.Hide, new Event());
			return labels;
		});
		assertTrue(popup.containsAll(List.of("Kopiëren", "Alles selecteren", "Tonen in")), popup.toString());
		assertEquals(List.of(), popup.stream().filter(Set.of("Go to Resource", "Copy", "Copy Details", "Delete", "Select All",
				"Show In", "Quick Fix")::contains).toList(), "English in the Problems view's menu");
		driver.screenshot(UiDriver.screenshotDir().resolve("dutch-workbench.png"));
	}
}
