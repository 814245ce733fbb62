package nl.vraagbaak.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.ImportPathsPage;
import nl.vraagbaak.internal.ui.ImportSummary;
import nl.vraagbaak.internal.ui.SummaryDialog;
import nl.vraagbaak.internal.ui.Messages;
import nl.vraagbaak.search.IndexException;

/**
 * Bestand > Importeren in het corpus...: imports files and folders into the corpus and its index with
 * progress and cancel, then shows what was imported, what failed and why, and what a cancel left out.
 */
public class ImportCorpusWizard extends Wizard implements IImportWizard {
	public static final String ID = "nl.vraagbaak.ui.importCorpus";

	private ImportPathsPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle(Messages.Import_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ImportPathsPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		var paths = page.paths();
		AtomicReference<ImportReport> report = new AtomicReference<>();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					report.set(CorpusServices.get(monitor).importPaths(paths, monitor));
				} catch (IndexException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			page.setErrorMessage(NLS.bind(Messages.Import_failed, e.getCause().getMessage()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		new SummaryDialog(getShell(), Messages.Import_summaryTitle, ImportSummary.text(report.get())).open();
		return true;
	}
}
