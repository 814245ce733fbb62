package nl.vraagbaak.internal.ui;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.vraagbaak.core.read.DutchDates;

/** A moment of the open data ("GewijzigdOp") as staff read it: the date written out in Dutch, the local time. */
final class SyncMoments {
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private SyncMoments() {
	}

	static String format(OffsetDateTime moment) {
		var local = moment.atZoneSameInstant(ZoneId.systemDefault());
		return DutchDates.format(local.toLocalDate()) + " " + local.format(TIME);
	}
}
