package nl.vraagbaak.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.internal.ui.CorpusOperations;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.ImportPathsPage;
import nl.vraagbaak.internal.ui.SummaryDialog;
import nl.vraagbaak.search.SearchOptions;
import nl.vraagbaak.ui.CorpusView;
import nl.vraagbaak.ui.ImportCorpusWizard;
import nl.vraagbaak.ui.testing.UiDriver;

/**
 * The import wizard (Bestand > Importeren in het corpus...): a folder with a real ministry answer (.docx), seed 004 as
 * a PDF and a picture is imported; the summary names what was imported, that the PDF's answers were there already,
 * and why the picture failed; the Corpus view shows the new
 * document, and its context menu takes it out of the corpus again.
 */
class ImportUITest {
	private static final String ANSWER = "Beantwoording Kamervragen leden Mutluer (GL-PvdA) et al. over de voorgenomen "
			+ "sluiting van het politiebureau in Wolvega (1).docx";
	/** Seed 004 as a PDF: the workbench reads PDFs too, and sees that it holds these answers already. */
	private static final String PDF = "antwoorden-004.pdf";

	@Test
	void importsAFolderAndSummarisesWhatFailedAndWhy(@TempDir Path inbox) throws Exception {
		Files.copy(Path.of(System.getProperty("vraagbaak.answerDocx"), ANSWER), inbox.resolve("wolvega.docx"));
		Files.copy(Path.of(System.getProperty("vraagbaak.pdfFixtures"), PDF), inbox.resolve(PDF));
		Files.write(inbox.resolve("plaatje.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 });
		UiDriver driver = UiDriver.forWorkbench();
		assertNotNull(driver.ui(() -> PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(ImportCorpusWizard.ID)),
				"the wizard is registered as an import wizard");
		driver.ui(() -> driver.window().getActivePage().showView(CorpusView.ID));
		driver.display().asyncExec(() -> {
			ImportCorpusWizard wizard = new ImportCorpusWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			new WizardDialog(driver.display().getActiveShell(), wizard).open();
		});

		Text paths = driver.find(Text.class, ImportPathsPage.PATHS_KEY);
		Button finish = driver.findAll(Button.class, b -> b.getText().replace("&", "").matches("Finish|Voltooien")).get(0);
		driver.focus(paths);
		driver.type(inbox.resolve("bestaat-niet").toString());
		driver.waitUntil("a missing path keeps Finish disabled", () -> !finish.isEnabled());
		driver.ui(() -> {
			paths.setText("");
			return null;
		});
		driver.type(inbox.toString());
		driver.waitUntil("Finish enabled", finish::isEnabled);
		driver.screenshot(UiDriver.screenshotDir().resolve("import-wizard.png"));
		driver.display().asyncExec(() -> finish.notifyListeners(SWT.Selection, new Event()));

		Text summary = driver.find(Text.class, SummaryDialog.SUMMARY_KEY);
		String report = driver.ui(summary::getText);
		assertTrue(report.startsWith("1 document (8 passages) geïmporteerd, 1 overgeslagen, 1 mislukt."), report);
		assertTrue(report.contains(PDF + ": al in het corpus als 004_7b21e46fa3f5df7d.txt"), report);
		assertTrue(report.contains("wolvega.docx"), report);
		assertTrue(report.contains("plaatje.png: onbekend formaat: geen lijst van vragen"), report);
		driver.screenshot(UiDriver.screenshotDir().resolve("import-summary.png"));
		driver.ui(() -> {
			summary.getShell().close();
			return null;
		});

		Tree corpus = driver.find(Tree.class, CorpusView.TREE_KEY);
		driver.waitUntil("the imported answer in the Corpus view", () -> Arrays.stream(corpus.getItems())
				.map(TreeItem::getText).anyMatch(t -> t.contains("politiebureau in Wolvega") && t.contains("(8 passages)")));

		// imported by mistake, say: out again through the Corpus view's context menu, after a question
		selectWolvega(driver, corpus);
		MenuItem remove = driver.ui(() -> {
			corpus.getMenu().notifyListeners(SWT.Show, new Event());
			return Arrays.stream(corpus.getMenu().getItems()).filter(i -> i.getText().startsWith("Uit het corpus verwijderen..."))
					.findFirst().orElseThrow();
		});
		driver.display().asyncExec(() -> remove.notifyListeners(SWT.Selection, new Event()));
		driver.press("Ja"); // the question naming the document
		driver.waitUntil("the answer out of the corpus", () -> CorpusServices.get(null).store().document("wolvega.docx").isEmpty());
		driver.waitUntil("the Corpus view reloaded without it", () -> Arrays.stream(corpus.getItems())
				.anyMatch(i -> i.getData() instanceof CorpusDocument)
				&& Arrays.stream(corpus.getItems()).noneMatch(i -> i.getText().contains("Wolvega")));
		assertTrue(CorpusServices.get(null).search().search("politiebureau Wolvega", SearchOptions.top(10)).stream()
				.noneMatch(h -> h.source().equals("wolvega.docx")), "no longer found");

		// removed by mistake: Ctrl+Z in the Corpus view brings it back, found again
		driver.waitUntil("the removal undoable", () -> PlatformUI.getWorkbench().getOperationSupport().getOperationHistory()
				.canUndo(CorpusOperations.CONTEXT));
		driver.ui(() -> {
			driver.window().getActivePage().activate(driver.window().getActivePage().findView(CorpusView.ID));
			return null;
		});
		driver.focus(corpus);
		driver.key('z', 0, SWT.CTRL);
		driver.waitUntil("the answer back in the Corpus view", () -> Arrays.stream(corpus.getItems())
				.anyMatch(i -> i.getText().contains("Wolvega")));
		assertTrue(CorpusServices.get(null).search().search("politiebureau Wolvega", SearchOptions.top(10)).stream()
				.anyMatch(h -> h.source().equals("wolvega.docx")), "found again");

		// the Delete key removes the selected document too, after the same question
		selectWolvega(driver, corpus);
		driver.focus(corpus);
		driver.key((char) 0x7f, SWT.DEL, 0);
		driver.press("Ja");
		driver.waitUntil("the answer out of the corpus again", () -> CorpusServices.get(null).store().document("wolvega.docx")
				.isEmpty());
	}

	/** Selects the imported answer in the Corpus view, as a click would. */
	private static void selectWolvega(UiDriver driver, Tree corpus) throws Exception {
		driver.ui(() -> {
			TreeItem imported = Arrays.stream(corpus.getItems()).filter(i -> i.getText().contains("Wolvega")).findFirst()
					.orElseThrow();
			corpus.setSelection(imported);
			Event selected = new Event();
			selected.item = imported;
			corpus.notifyListeners(SWT.Selection, selected);
			return null;
		});
	}

	/** A failed step may leave a dialog open; the other tests expect the five seeds only. */
	@AfterEach
	void closeDialogsAndTakeTheImportOut() throws Exception {
		UiDriver.forWorkbench().closeDialogs();
		CorpusServices services = CorpusServices.get(null);
		for (String source : new String[] { "wolvega.docx", PDF }) {
			if (services.store().document(source).isPresent()) {
				services.remove(source);
			}
		}
	}
}
