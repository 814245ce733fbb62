package nl.vraagbaak.internal.ui;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.vraagbaak.core.store.ImportReport;

/** What an import did, in a text the user can scroll and copy: imported, failed with the reason, left out. */
public final class ImportSummaryDialog extends Dialog {
	/** Widget data key of the summary text, for tests. */
	public static final String SUMMARY_KEY = "vraagbaak.import.summary";

	private final ImportReport report;

	public ImportSummaryDialog(Shell parent, ImportReport report) {
		super(parent);
		this.report = report;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_summaryTitle);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		text.setData(SUMMARY_KEY, Boolean.TRUE);
		text.setText(ImportSummary.text(report));
		GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true);
		layout.widthHint = 640;
		layout.heightHint = 280;
		text.setLayoutData(layout);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
	}
}
