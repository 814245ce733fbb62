package nl.vraagbaak.internal.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.osgi.util.NLS;

import nl.vraagbaak.core.read.DutchDates;
import nl.vraagbaak.core.store.StoreException;
import nl.vraagbaak.opendata.OpenDataSync;
import nl.vraagbaak.ui.VraagbaakUi;

/** A moment of the open data ("GewijzigdOp") as staff read it: the date written out in Dutch, the local time. */
public final class SyncMoments {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private SyncMoments() {
	}

	/**
	 * "Het corpus is bijgewerkt tot en met de wijzigingen van 22 november 2025 07:45.", or {@code never} when the
	 * data folder was never synced, or why its sync state cannot be read.
	 */
	public static String lastSync(String never) {
		try {
			return OpenDataSync.lastChange(VraagbaakUi.dataFolder())
					.map(moment -> NLS.bind(Messages.Sync_lastChange, format(moment))).orElse(never);
		} catch (StoreException e) {
			return e.getMessage();
		}
	}

	static String format(OffsetDateTime moment) {
		var local = moment.atZoneSameInstant(ZoneId.systemDefault());
		return DutchDates.format(local.toLocalDate()) + " " + local.format(TIME);
	}
}
