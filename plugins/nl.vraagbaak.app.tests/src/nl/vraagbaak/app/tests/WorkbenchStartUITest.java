package nl.vraagbaak.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.app.VraagbaakWindowAdvisor;
import nl.vraagbaak.ui.CorpusView;
import nl.vraagbaak.ui.DossiersView;
import nl.vraagbaak.ui.VraagbaakPerspective;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The application opens one window titled "Vraagbaak" on the Vraagbaak perspective with its views; its About dialog
 * names the version.
 */
class WorkbenchStartUITest {

	@Test
	void opensTheVraagbaakWindowWithCorpusProblemsAndDossiers() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		assertEquals(VraagbaakWindowAdvisor.TITLE, driver.ui(() -> driver.window().getShell().getText()));
		IWorkbenchPage page = driver.ui(() -> driver.window().getActivePage());
		assertEquals(VraagbaakPerspective.ID, driver.ui(() -> page.getPerspective().getId()));
		for (String view : new String[] { CorpusView.ID, IPageLayout.ID_PROBLEM_VIEW, DossiersView.ID }) {
			assertNotNull(driver.ui(() -> page.showView(view)), view);
		}
		driver.screenshot(UiDriver.screenshotDir().resolve("workbench.png"));
	}

	/** Help > Over Vraagbaak names the installed version, as 'vraagbaak --version' does: what support asks for. */
	@Test
	void theAboutDialogNamesTheVersion() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.display().asyncExec(() -> {
			try {
				driver.window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		String version = Platform.getBundle("nl.vraagbaak.app").getVersion().toString();
		driver.waitUntil("the About text with the version", () -> !driver.findAll(StyledText.class,
				t -> t.getText().startsWith("Vraagbaak " + version + ": ")).isEmpty());
		driver.screenshot(UiDriver.screenshotDir().resolve("about.png"));
		driver.closeDialogs();
	}
}
