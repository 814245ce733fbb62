package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.OpenDataPage;
import nl.vraagbaak.internal.ui.SummaryDialog;
import nl.vraagbaak.internal.ui.UiPreferences;
import nl.vraagbaak.opendata.OpenDataSync;
import nl.vraagbaak.opendata.testing.FakeOpenDataService;
import nl.vraagbaak.opendata.testing.FakeOpenDataService.Answer;
import nl.vraagbaak.ui.CorpusView;
import nl.vraagbaak.ui.SyncOpenDataWizard;
import nl.vraagbaak.ui.VraagbaakUi;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * Bestand > Bijwerken uit open data...: against a local stand-in for the open-data service, the wizard checks what is
 * typed and starts the sync in the background (the workbench stays free), which then summarises what was stored,
 * skipped and failed; the Corpus view shows the new answers.
 */
class SyncOpenDataUITest {
	private static final String WOLVEGA_ID = "5e0c7a52-9a1f-4c8e-b0d4-2f6b1c3a9e01";
	private static final String CHAT_CONTROL_ID = "e2a9c4f7-1b5d-4e8a-a3c6-8f0d2b4e6a84";
	private static final String STORED = "tk-2024D30120.docx";
	private FakeOpenDataService service;

	@BeforeEach
	void startService() throws IOException {
		service = new FakeOpenDataService();
		service.answers = request -> {
			if (request.contains("Document(" + WOLVEGA_ID + ")/resource")) {
				slowNetwork();
				return Answer.file("application/octet-stream", Path.of(System.getProperty("vraagbaak.answerDocx"),
						"Beantwoording Kamervragen leden Mutluer (GL-PvdA) et al. over de voorgenomen sluiting van het "
								+ "politiebureau in Wolvega (1).docx"));
			}
			if (request.contains("Document(" + CHAT_CONTROL_ID + ")/resource")) {
				return Answer.file("application/pdf", Path.of(System.getProperty("vraagbaak.pdfFixtures"), "antwoorden-004.pdf"));
			}
			if (request.contains("/resource")) {
				return Answer.status(404);
			}
			return service.page(Path.of(System.getProperty("vraagbaak.opendataFixtures"),
					request.contains("$skiptoken=2") ? "answers-page-2.json" : "answers-page-1.json"));
		};
	}

	/** A download that takes a while, so that the test sees the workbench free while the sync runs. */
	private static void slowNetwork() {
		try {
			Thread.sleep(1500);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theMenuItemSyncsAndSummarisesWhatWasStoredSkippedAndFailed() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		assertNotNull(driver.ui(() -> PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(SyncOpenDataWizard.ID)),
				"also among the import wizards");
		driver.ui(() -> driver.window().getActivePage().showView(CorpusView.ID));
		Link status = driver.find(Link.class, CorpusView.SYNC_KEY);
		driver.waitUntil("the Corpus view says the corpus was never updated", () -> status.getText()
				.equals("Nog niet bijgewerkt uit de open data van de Tweede Kamer. <a>Bijwerken uit open data...</a>"));
		driver.menu("Bestand", "Bijwerken uit open data...");

		Text address = driver.find(Text.class, OpenDataPage.SERVICE_KEY);
		Text since = driver.find(Text.class, OpenDataPage.SINCE_KEY);
		assertEquals(OpenDataSync.SERVICE, driver.ui(address::getText), "the Tweede Kamer's own service by default");
		Button finish = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Finish|Voltooien")).get(0);
		driver.focus(since);
		driver.type("gisteren");
		driver.waitUntil("a date that is none keeps Finish disabled", () -> !finish.isEnabled());
		driver.ui(() -> {
			since.setText("");
			address.setText(service.base());
			return null;
		});
		driver.waitUntil("Finish enabled", finish::isEnabled);
		driver.screenshot(UiDriver.screenshotDir().resolve("sync-wizard.png"));
		driver.display().asyncExec(() -> finish.notifyListeners(SWT.Selection, new Event()));
		driver.waitUntil("the wizard closed while the sync runs in the background", () -> address.isDisposed()
				&& Arrays.stream(Job.getJobManager().find(null)).anyMatch(j -> j.getName().equals("Bijwerken uit de open data")));

		Text summary = driver.find(Text.class, SummaryDialog.SUMMARY_KEY);
		String report = driver.ui(summary::getText);
		assertTrue(report.startsWith("1 document (8 passages) opgeslagen, 0 verwijderd, 0 ongewijzigd, 1 overgeslagen,"
				+ " 1 mislukt."), report);
		assertTrue(report.contains(STORED + " (antwoorden op schriftelijke vragen, 8 passages)"), report);
		assertTrue(report.contains("2025D51234: al in het corpus als 004_7b21e46fa3f5df7d.txt"), report);
		assertTrue(report.contains("2025D40007 (Antwoord schriftelijke vragen): ") && report.contains("HTTP 404"), report);
		assertTrue(report.contains("bijgewerkt tot en met de wijzigingen van 22 november 2025"), report);
		driver.screenshot(UiDriver.screenshotDir().resolve("sync-summary.png"));
		driver.ui(() -> {
			summary.getShell().close();
			return null;
		});

		Tree corpus = driver.find(Tree.class, CorpusView.TREE_KEY);
		driver.waitUntil("the synced answers in the Corpus view", () -> Arrays.stream(corpus.getItems())
				.map(TreeItem::getText).anyMatch(t -> t.contains("politiebureau in Wolvega") && t.contains("(8 passages)")));
		assertEquals(service.base(), UiPreferences.openDataService(), "the service used is offered next time");
		driver.waitUntil("the Corpus view says how far the corpus is up to date", () -> status.getText()
				.startsWith("Het corpus is bijgewerkt tot en met de wijzigingen van 22 november 2025 "));
	}

	@Test
	void theCorpusViewsLinkOpensTheSyncWizard() throws Exception {
		UiDriver driver = UiDriver.forWorkbench();
		driver.ui(() -> driver.window().getActivePage().showView(CorpusView.ID));
		Link status = driver.find(Link.class, CorpusView.SYNC_KEY);
		driver.waitUntil("the link", () -> status.getText().contains("<a>Bijwerken uit open data...</a>"));

		driver.display().asyncExec(() -> status.notifyListeners(SWT.Selection, new Event()));

		Text address = driver.find(Text.class, OpenDataPage.SERVICE_KEY);
		assertEquals(OpenDataSync.SERVICE, driver.ui(address::getText));
	}

	@AfterEach
	void takeTheSyncOut() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
		service.close();
		CorpusServices services = CorpusServices.get(null);
		if (services.store().document(STORED).isPresent()) {
			services.remove(STORED);
		}
		Files.deleteIfExists(VraagbaakUi.dataFolder().resolve("opendata.json"));
		InstanceScope.INSTANCE.getNode(VraagbaakUi.PLUGIN_ID).remove(UiPreferences.OPEN_DATA_SERVICE);
	}
}
