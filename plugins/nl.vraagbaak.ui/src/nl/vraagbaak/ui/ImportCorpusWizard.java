package nl.vraagbaak.ui;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.vraagbaak.core.store.ImportReport;
import nl.vraagbaak.internal.ui.CorpusServices;
import nl.vraagbaak.internal.ui.ImportPathsPage;
import nl.vraagbaak.internal.ui.ImportSummary;
import nl.vraagbaak.internal.ui.SummaryDialog;
import nl.vraagbaak.internal.ui.WizardWork;
import nl.vraagbaak.internal.ui.Messages;

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
		ImportReport report = WizardWork.run(getContainer(), page, Messages.Import_failed,
				monitor -> CorpusServices.get(monitor).importPaths(paths, monitor));
		if (report == null) {
			return false;
		}
		new SummaryDialog(getShell(), Messages.Import_summaryTitle, ImportSummary.text(report)).open();
		return true;
	}
}
