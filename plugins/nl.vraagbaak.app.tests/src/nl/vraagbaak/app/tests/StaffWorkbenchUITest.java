package nl.vraagbaak.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.activities.WorkbenchActivityHelper;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.ShortcutsDialog;
import nl.vraagbaak.ui.DossiersView;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * Staff reach Vraagbaak's own wizards in one step and meet none of Eclipse's wizards and preference pages for
 * programmers (new project, file system import, team project sets, the General tree of preferences), which were in
 * English and asked them to pick from categories before. The tests run with -nl nl.
 */
class StaffWorkbenchUITest {

	@Test
	void ctrlNOpensANewQuestionSet() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Shell window = driver.ui(() -> driver.window().getShell());
		Tree corpus = driver.findAll(Tree.class, t -> t.getShell() == window).get(0);
		driver.focus(corpus);
		driver.key('n', 0, SWT.CTRL);
		waitForDialog(driver, "Nieuwe vragenset");
	}

	@Test
	void ctrlShiftLListsVraagbaaksKeysInDutch() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Shell window = driver.ui(() -> driver.window().getShell());
		Tree corpus = driver.findAll(Tree.class, t -> t.getShell() == window).get(0);
		driver.focus(corpus);
		driver.key('l', 0, SWT.CTRL | SWT.SHIFT);
		waitForDialog(driver, "Sneltoetsen");
		Table keys = driver.find(Table.class, ShortcutsDialog.TABLE_KEY);
		List<String> rows = driver.ui(() -> Arrays.stream(keys.getItems()).map(i -> i.getText(0) + " = " + i.getText(1)).toList());
		assertTrue(rows.containsAll(List.of("Ctrl+N = Nieuwe vragenset", "Ctrl+1 = Snelle oplossingen: verbeteringen van een onbekend woord, of voor een vraag die al gesteld is",
				"Ctrl+Alt+F = Voetnoot toevoegen aan de vraag onder de cursor", "Shift+Ctrl+L = Deze lijst")), rows.toString());
		driver.screenshot(UiDriver.screenshotDir().resolve("shortcuts.png"));
		driver.closeDialogs();
		assertTrue(driver.menuLabels("Help").contains("Sneltoetsen..."), "also in the Help menu");
	}

	@Test
	void importAndExportOpenVraagbaaksWizardsDirectly() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.menu("Bestand", "Importeren in het corpus...");
		waitForDialog(driver, "Documenten in het corpus");
		driver.closeDialogs();
		driver.menu("Bestand", "Exporteren naar Word met opties...");
		waitForDialog(driver, "Exporteren naar Word");
	}

	@Test
	void theWizardChooserOffersOnlyVraagbaakWizards() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.menu("Bestand", "Nieuw", "Overige...");
		waitForDialog(driver, "Nieuw");
		Tree wizards = driver.findAll(Tree.class, t -> t.getShell().getText().equals("Nieuw")).get(0);
		driver.ui(() -> {
			for (TreeItem category : wizards.getItems()) {
				Event expand = new Event(); // as a click on the arrow: the viewer fills the category then
				expand.item = category;
				wizards.notifyListeners(SWT.Expand, expand);
				category.setExpanded(true);
			}
			return null;
		});
		assertEquals(List.of("Vraagbaak", "  Vragenset"), driver.ui(() -> labels(wizards.getItems(), "")));
	}

	@Test
	void preferencesShowOnlyVraagbaaksPage() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		Shell window = driver.ui(() -> driver.window().getShell());
		// the dialog is modal: open it later on the display thread and look at it from here
		driver.display().asyncExec(() -> PreferencesUtil.createPreferenceDialogOn(window, null, null, null).open());
		waitForDialog(driver, "Voorkeuren");
		Tree pages = driver.findAll(Tree.class, t -> t.getShell().getText().equals("Voorkeuren")).get(0);
		assertEquals(List.of("Vraagbaak"), driver.ui(() -> labels(pages.getItems(), "")));
		driver.screenshot(UiDriver.screenshotDir().resolve("preferences-staff.png"));
	}

	@Test
	void theProjectExplorerIsHiddenBehindTheDossiersView() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		IViewDescriptor explorer = driver.ui(() -> PlatformUI.getWorkbench().getViewRegistry().find(IPageLayout.ID_PROJECT_EXPLORER));
		assertTrue(explorer == null || WorkbenchActivityHelper.filterItem(explorer), "the Project Explorer can be shown");
		assertTrue(driver.ui(() -> PlatformUI.getWorkbench().getViewRegistry().find(DossiersView.ID)) != null);
	}

	private static void waitForDialog(UiDriver driver, String title) throws Exception {
		driver.waitUntil("a dialog titled \"" + title + "\"", () -> Arrays.stream(driver.display().getShells())
				.anyMatch(s -> s.isVisible() && s.getParent() != null && s.getText().equals(title)));
	}

	/** The tree's labels, depth first, each indented by two spaces per level. */
	private static List<String> labels(TreeItem[] items, String indent) {
		return Arrays.stream(items).flatMap(item -> Stream.concat(Stream.of(indent + item.getText()),
				item.getExpanded() ? labels(item.getItems(), indent + "  ").stream() : Stream.empty())).toList();
	}

	/** A failed step may leave a dialog open: it must not take the next test's keys. */
	@AfterEach
	void closeDialogs() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
	}
}
