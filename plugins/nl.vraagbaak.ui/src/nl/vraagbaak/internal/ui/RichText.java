package nl.vraagbaak.internal.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;

/** Builds the text of a read-only details pane: plain and bold runs, shown in one go. */
final class RichText {
	private final StringBuilder text = new StringBuilder();
	private final List<StyleRange> styles = new ArrayList<>();

	RichText plain(Object value) {
		text.append(value);
		return this;
	}

	RichText bold(String value) {
		StyleRange range = new StyleRange();
		range.start = text.length();
		range.length = value.length();
		range.fontStyle = SWT.BOLD;
		styles.add(range);
		text.append(value);
		return this;
	}

	void showIn(StyledText target) {
		target.setText(text.toString());
		target.setStyleRanges(styles.toArray(StyleRange[]::new));
		target.setTopPixel(0);
	}
}
