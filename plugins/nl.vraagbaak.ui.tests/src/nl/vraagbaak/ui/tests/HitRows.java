package nl.vraagbaak.ui.tests;

import java.util.Arrays;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** How a row of the Earlier Answers and Search views' hit table reads. */
final class HitRows {
	private HitRows() {
	}

	/** The row's document and number as one provenance: "Kamerstuk 34 843, nr. 114, vraag 26". */
	static String provenance(TableItem row) {
		String number = row.getText(1);
		return row.getText(0) + (number.startsWith("\u00a7") ? ", " : ", vraag ") + number;
	}

	/** Whether a row of the table reads as the provenance (call on the display thread). */
	static boolean shows(Table table, String provenance) {
		return Arrays.stream(table.getItems()).map(HitRows::provenance).anyMatch(provenance::equals);
	}
}
