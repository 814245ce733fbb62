package nl.vraagbaak.internal.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.vraagbaak.core.read.DutchDates;

/**
 * What a sync asks of the user: nothing, normally. It says how far the corpus is up to date and that this is the
 * one time Vraagbaak goes on the internet; the service's address and a date to look back to can be changed, each
 * checked as typed.
 */
public final class OpenDataPage extends WizardPage {
	/** Widget data keys, for tests. */
	public static final String SERVICE_KEY = "vraagbaak.sync.service";
	public static final String SINCE_KEY = "vraagbaak.sync.since";

	private Text service;
	private Text since;

	public OpenDataPage() {
		super("opendata");
		setTitle(Messages.Sync_title);
		setDescription(Messages.Sync_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		wrapped(page, SyncMoments.lastSync(Messages.Sync_never));
		new Label(page, SWT.NONE).setText(Messages.Sync_service);
		service = field(page, SERVICE_KEY, UiPreferences.openDataService());
		new Label(page, SWT.NONE).setText(Messages.Sync_since);
		since = field(page, SINCE_KEY, "");
		wrapped(page, Messages.Sync_privacy);
		setControl(page);
		validate();
	}

	private static void wrapped(Composite page, String text) {
		Label label = new Label(page, SWT.WRAP);
		label.setText(text);
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
		layout.widthHint = 560;
		label.setLayoutData(layout);
	}

	private Text field(Composite page, String key, String value) {
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setData(key, Boolean.TRUE);
		text.setText(value);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> validate());
		return text;
	}

	private void validate() {
		String error = null;
		if (!isWebAddress(service.getText().strip())) {
			error = Messages.Sync_badService;
		} else if (!since.getText().isBlank() && sinceDate() == null) {
			error = NLS.bind(Messages.Sync_badDate, since.getText().strip());
		}
		setErrorMessage(error);
		setPageComplete(error == null);
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		} catch (URISyntaxException e) {
			return false;
		}
	}

	private LocalDate sinceDate() {
		try {
			return DutchDates.parseTyped(since.getText().strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The service's address as typed. */
	public String service() {
		return service.getText().strip();
	}

	/** The start of the day typed, or null to go on from the last sync. */
	public OffsetDateTime since() {
		LocalDate date = since.getText().isBlank() ? null : sinceDate();
		return date == null ? null : date.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
	}
}
