package nl.vraagbaak.internal.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import nl.vraagbaak.core.CorpusDocument;
import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.core.store.DocumentCorrection;

/**
 * Asks for a document's title, date, citation and minister, filled in as the document is served now, and checks
 * them as they are typed: a date that is no date, or a citation that is not one, names its field and keeps OK
 * disabled. The result holds every field; the store keeps only what differs from the document's own reading.
 */
public final class DocumentCorrectionDialog extends TitleAreaDialog {
	/** Widget data key of the fields ("title", "date", "citation", "minister"), for tests. */
	public static final String FIELD_KEY = "vraagbaak.correction.field";

	private final CorpusDocument document;
	private Text title;
	private Text date;
	private Text citation;
	private Text minister;
	private DocumentCorrection result;

	public DocumentCorrectionDialog(Shell parent, CorpusDocument document) {
		super(parent);
		this.document = document;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Correct_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** As wide as a long title needs, no wider: the explanation and error messages wrap. */
	@Override
	protected Point getInitialSize() {
		int width = convertWidthInCharsToPixels(96);
		return new Point(width, getShell().computeSize(width, SWT.DEFAULT, true).y);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Correct_title);
		setMessage(NLS.bind(Messages.Correct_message, document.source()));
		Composite fields = new Composite(area, SWT.NONE);
		fields.setLayout(new GridLayout(2, false));
		fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		title = field(fields, "title", Messages.Correct_fieldTitle, document.title());
		date = field(fields, "date", Messages.Correct_fieldDate,
				document.date() == null ? "" : DutchDates.format(document.date()));
		citation = field(fields, "citation", Messages.Correct_fieldCitation,
				document.citation() == null ? "" : document.citation().format());
		minister = field(fields, "minister", Messages.Correct_fieldMinister, document.minister());
		return area;
	}

	private Text field(Composite parent, String key, String label, String value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setData(FIELD_KEY, key);
		text.setText(value == null ? "" : value);
		text.addModifyListener(e -> validate());
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void validate() {
		if (title == null || minister == null || getButton(IDialogConstants.OK_ID) == null) {
			return; // still being built
		}
		try {
			result = DocumentCorrection.typed(title.getText(), date.getText(), citation.getText(), minister.getText());
			setErrorMessage(null);
		} catch (IllegalArgumentException e) {
			result = null;
			setErrorMessage(e.getMessage());
		}
		getButton(IDialogConstants.OK_ID).setEnabled(result != null);
	}

	/** The provenance as filled in, after OK; null before or after Cancel. */
	public DocumentCorrection result() {
		return getReturnCode() == OK ? result : null;
	}
}
