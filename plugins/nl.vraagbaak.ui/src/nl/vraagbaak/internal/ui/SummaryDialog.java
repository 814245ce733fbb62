package nl.vraagbaak.internal.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * What an import or a sync did, in a text the user can scroll and copy: what was stored, what failed with the reason,
 * what was left out.
 */
public final class SummaryDialog extends Dialog {
	/** Widget data key of the summary text, for tests. */
	public static final String SUMMARY_KEY = "vraagbaak.import.summary";

	private final String title;
	private final String summary;

	public SummaryDialog(Shell parent, String title, String summary) {
		super(parent);
		this.title = title;
		this.summary = summary;
	}

	/** Appends a part of a summary: a blank line, its header, its lines indented; nothing when it has no lines. */
	static void section(StringBuilder out, String header, List<?> lines) {
		if (!lines.isEmpty()) {
			out.append("\n\n").append(header);
			lines.forEach(line -> out.append("\n  ").append(line));
		}
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
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
		text.setText(summary);
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
